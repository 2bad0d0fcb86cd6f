import { allocArea } from './area';
import { createChunk, extendMap, needToExtend, populate, type Attempt } from './chunkLifecycle';
import { chunkById as findChunk } from './chunkById';
import type { StepContext } from './context';
import { printk } from './dmesg';
import { maxRequestSize } from './era';
import { illegalRequestLines, NULL_DEREF_LINE, reportFailure, SLOT_WALK_HALT_LINE } from './failure';
import { chunkSlot, sizeToSlot } from './slots';
import type { AllocOp, Chunk, Config, EngineState, FailureReason } from './types';

export type AllocResult = { ok: true; chunk: number; offset: number } | { ok: false; error: FailureReason };

/** The boot ends here. The pre-slab kmalloc crash was already described by memAlloc, with its size. */
function crash(state: EngineState, ctx: StepContext, cause: 'pre-slab-kmalloc' | 'slot-walk', chunk?: number): AllocResult {
  state.halted = true;
  printk(ctx, 'crash', cause === 'slot-walk' ? SLOT_WALK_HALT_LINE : NULL_DEREF_LINE);
  if (cause === 'slot-walk') ctx.events?.push({ kind: 'crash', cause, chunk: chunk! });
  return { ok: false, error: 'kernel crash' };
}

function chunkById(state: EngineState, id: number): Chunk {
  return findChunk(state, id)!;
}

type Found = { chunk: Chunk; offset: number } | { error: FailureReason } | { crash: 'pre-slab-kmalloc' | 'slot-walk'; chunk?: number };

function failedAttempt(attempt: Attempt, reason: FailureReason): Found {
  return attempt === 'crash' ? { crash: 'pre-slab-kmalloc' } : { error: reason };
}

/** __alloc_reserved_percpu when a reserved chunk exists (allocator.md §6.2). */
function allocReserved(state: EngineState, op: AllocOp, owner: number, ctx: StepContext): Found {
  const chunk = chunkById(state, state.reservedChunkId!);
  ctx.events?.push({ kind: 'reserved-path', chunk: chunk.id });
  if (op.size > chunk.contigHint) {
    ctx.events?.push({ kind: 'reserved-too-small', chunk: chunk.id, size: op.size, contigHint: chunk.contigHint });
    return { error: 'alloc from reserved chunk failed' };
  }
  for (let newAlloc = needToExtend(chunk); newAlloc; newAlloc = needToExtend(chunk)) {
    const attempt = extendMap(state, chunk, newAlloc, ctx);
    if (attempt !== 'ok') return failedAttempt(attempt, 'failed to extend area map of reserved chunk');
  }
  const offset = allocArea(state, chunk, op.size, op.align, owner, ctx);
  return offset >= 0 ? { chunk, offset } : { error: 'alloc from reserved chunk failed' };
}

/** The normal path: scan slot lists from the request's slot up, else create a chunk (§6.3). */
function allocNormal(state: EngineState, op: AllocOp, owner: number, ctx: StepContext): Found {
  const { nrSlots } = state.layout;
  const firstSlot = firstScanSlot(state, op.size);
  for (;;) {
    ctx.events?.push({ kind: 'scan-start', fromSlot: firstSlot, size: op.size });
    let restart = false;
    scan: for (let slot = firstSlot; slot < nrSlots; slot++) {
      const list = state.slots[slot]!;
      for (let at = 0; at < list.length; at++) {
        const chunk = chunkById(state, list[at]!);
        if (op.size > chunk.contigHint) {
          ctx.events?.push({ kind: 'skip-chunk', chunk: chunk.id, slot, size: op.size, contigHint: chunk.contigHint });
          continue;
        }
        ctx.events?.push({ kind: 'try-chunk', chunk: chunk.id, slot, contigHint: chunk.contigHint });
        const newAlloc = needToExtend(chunk);
        if (newAlloc) {
          const attempt = extendMap(state, chunk, newAlloc, ctx);
          if (attempt !== 'ok') return failedAttempt(attempt, 'failed to extend area map');
          restart = true;
          break scan;
        }
        const offset = allocArea(state, chunk, op.size, op.align, owner, ctx);
        if (offset >= 0) return { chunk, offset };
        // The kernel keeps walking from the chunk's list neighbour; if the chunk just moved
        // to slot 0 that neighbour is slot 0's list head, not a chunk (allocator.md §14.1).
        if (chunkSlot(state, chunk) !== slot) return { crash: 'slot-walk', chunk: chunk.id };
      }
    }
    if (restart) continue;
    const created = createChunk(state, ctx);
    if (typeof created === 'string') return failedAttempt(created, 'failed to allocate new chunk');
  }
}

/**
 * pcpu_alloc's first check (allocator.md §6.1): a request of 0 bytes, above the era's
 * PCPU_MIN_UNIT_SIZE, or aligned above a page is refused before any chunk is looked at.
 */
export function isLegalRequest(config: Config, size: number, align: number): boolean {
  return !(size === 0 || size > maxRequestSize(config) || align > config.pageSize);
}

/** Whether a request takes the reserved path (§6.2): only when a reserved chunk exists (§14.12). */
export function takesReservedPath(state: EngineState, op: AllocOp): boolean {
  return op.reserved === true && state.reservedChunkId !== null;
}

/** The first slot list the normal path scans for a request of `size` bytes (§6.3). */
export function firstScanSlot(state: EngineState, size: number): number {
  return sizeToSlot(size, state.layout.unitSize, state.layout.nrSlots);
}

/** pcpu_alloc for one alloc op. */
export function pcpuAlloc(state: EngineState, opIndex: number, op: AllocOp, ctx: StepContext): AllocResult {
  const { size, align } = op;
  if (!isLegalRequest(state.config, size, align)) {
    printk(ctx, 'warn', ...illegalRequestLines(state.config.earlyAlloc, size, align));
    // PCPU_MIN_UNIT_SIZE of the era is also the largest legal request.
    const maxSize = maxRequestSize(state.config);
    ctx.events?.push({ kind: 'illegal-request', size, align, pageSize: state.config.pageSize, maxSize });
    return { ok: false, error: 'illegal size or align' };
  }
  const found = takesReservedPath(state, op)
    ? allocReserved(state, op, opIndex, ctx)
    : allocNormal(state, op, opIndex, ctx);
  if ('crash' in found) return crash(state, ctx, found.crash, found.chunk);
  if ('error' in found) {
    reportFailure(state, size, align, found.error, ctx);
    return { ok: false, error: found.error };
  }
  if (!found.chunk.immutable) populate(state, found.chunk, found.offset, size, ctx);
  state.live.put(opIndex, found.chunk.id, found.offset);
  return { ok: true, chunk: found.chunk.id, offset: found.offset };
}
