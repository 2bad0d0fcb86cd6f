import type { AllocOp, FreeOp } from '../engine/types';

/** The most ops one generator batch may add (the schema's MAX_OPS still bounds the whole list). */
export const MAX_BATCH = 10000;

export interface AllocBatchSpec {
  count: number;
  size: number;
  align: number;
  reserved: boolean;
  /** Each op is labelled "<prefix> 1", "<prefix> 2", …; an empty prefix leaves them unlabelled. */
  labelPrefix: string;
}

/** `count` allocations of one size and alignment. */
export function allocBatch(spec: AllocBatchSpec): AllocOp[] {
  return Array.from({ length: spec.count }, (_, i) => ({
    op: 'alloc',
    size: spec.size,
    align: spec.align,
    ...(spec.reserved && { reserved: true }),
    ...(spec.labelPrefix !== '' && { label: `${spec.labelPrefix} ${i + 1}` }),
  }));
}

/** Every k-th item counting from 1: items k, 2k, 3k, … (k = 1 takes them all). */
export function everyKth<T>(items: readonly T[], k: number): T[] {
  const out: T[] = [];
  if (!Number.isInteger(k) || k < 1) return out;
  for (let i = k - 1; i < items.length; i += k) out.push(items[i]!);
  return out;
}

/** Frees of every k-th of `allocs` (alloc op indices, in the order given). */
export function freeBatch(allocs: readonly number[], k: number): FreeOp[] {
  return everyKth(allocs, k).map((alloc) => ({ op: 'free', alloc }));
}
