import { firstScanSlot, isLegalRequest, takesReservedPath } from '../engine/alloc';
import type { EngineState, Op } from '../engine/types';

export type NextTry =
  /** The next op is not an allocation (or nothing runs any more). */
  | { kind: 'none' }
  /** The kernel refuses the request before looking at any chunk. */
  | { kind: 'illegal'; op: number; size: number; align: number }
  /** A reserved request goes straight to the reserved chunk. */
  | { kind: 'reserved'; op: number; size: number; chunk: number }
  /** The normal path scans slot lists from fromSlot up; chunk null means none is listed there. */
  | { kind: 'scan'; op: number; size: number; fromSlot: number; chunk: number | null; slot: number | null };

/**
 * Which chunk pcpu_alloc would look at first for the op after `state`: the head of the
 * first non-empty slot list at or above sizeToSlot(size). Whether it can serve the request
 * (contig hint, map room) is the step's business; this is only where the scan starts.
 */
export function nextAllocTry(state: EngineState, op: Op | undefined, opIndex: number): NextTry {
  if (!op || op.op !== 'alloc' || state.halted) return { kind: 'none' };
  const { size, align } = op;
  if (!isLegalRequest(state.config, size, align)) return { kind: 'illegal', op: opIndex, size, align };
  if (takesReservedPath(state, op)) return { kind: 'reserved', op: opIndex, size, chunk: state.reservedChunkId! };
  const { nrSlots } = state.layout;
  const fromSlot = firstScanSlot(state, size);
  for (let slot = fromSlot; slot < nrSlots; slot++) {
    const head = state.slots[slot]?.[0];
    if (head !== undefined) return { kind: 'scan', op: opIndex, size, fromSlot, chunk: head, slot };
  }
  return { kind: 'scan', op: opIndex, size, fromSlot, chunk: null, slot: null };
}
