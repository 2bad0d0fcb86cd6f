import type { LiveAlloc, Op } from '../engine/types';
import { opWords } from '../scenario/describeOp';

export interface FreeChoice {
  /** The alloc op index. */
  alloc: number;
  /** "ops[3] kmem_cache_cpu kmalloc-8 — chunk 1 @ 91096" (plain text). */
  text: string;
  /** The op that already frees it (perhaps later, perhaps skipped), or null when it may be freed. */
  freedBy: number | null;
}

/** For each alloc op index, the free that names it. */
export function freesByAlloc(ops: readonly Op[]): Map<number, number> {
  const out = new Map<number, number>();
  ops.forEach((op, i) => {
    if (op.op === 'free') out.set(op.alloc, i);
  });
  return out;
}

/**
 * The allocations live at the current step, in op order, as choices for a new free. One that some
 * op already frees cannot be freed again (the schema forbids freeing twice), so it says by whom.
 */
export function freeChoices(
  ops: readonly Op[],
  live: ReadonlyMap<number, LiveAlloc>,
  freedBy: ReadonlyMap<number, number> = freesByAlloc(ops),
): FreeChoice[] {
  return [...live.entries()]
    .sort(([a], [b]) => a - b)
    .map(([alloc, where]) => {
      const op = ops[alloc];
      const name = op?.op === 'alloc' && op.label ? op.label : op ? opWords(op) : 'alloc';
      return {
        alloc,
        text: `ops[${alloc}] ${name} — chunk ${where.chunk} @ ${where.offset}`,
        freedBy: freedBy.get(alloc) ?? null,
      };
    });
}

/** The allocations a new free may name, in op order (without building any text). */
export function freeableAllocs(live: ReadonlyMap<number, unknown>, freedBy: ReadonlyMap<number, number>): number[] {
  const out: number[] = [];
  for (const alloc of live.keys()) if (!freedBy.has(alloc)) out.push(alloc);
  return out.sort((a, b) => a - b);
}
