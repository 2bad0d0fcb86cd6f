import type { Op } from '../engine/types';
import type { Remap } from './editTypes';

/** The identity remap of `length` ops. */
export function identityRemap(length: number): Remap {
  const remap = new Int32Array(length);
  for (let i = 0; i < length; i++) remap[i] = i;
  return remap;
}

/** Ops at or after `index` move down by `count` (an insertion). */
export function shiftRemap(length: number, index: number, count: number): Remap {
  const remap = identityRemap(length);
  for (let i = index; i < length; i++) remap[i] = i + count;
  return remap;
}

/**
 * Rewrites each free of `ops` (a list of old ops, already in their new order) so it names its
 * alloc's new index. Ops that need no change keep their identity, so history snapshots share them.
 */
export function retarget(ops: readonly Op[], remap: Remap): Op[] {
  return ops.map((op) => {
    if (op.op !== 'free') return op;
    const target = remap[op.alloc] ?? -1;
    return target === op.alloc ? op : { op: 'free', alloc: target };
  });
}

/** Where `step` (ops 0..step-1 applied) lands after an edit: the ops before it that survived. */
export function remapStep(step: number, remap: Remap): number {
  let kept = 0;
  for (let i = 0; i < Math.min(step, remap.length); i++) if (remap[i]! >= 0) kept++;
  // A step past the old list's end (cannot happen in the store) stays past the new one.
  return kept + Math.max(0, step - remap.length);
}

/** The surviving indices of `indices` under `remap`, sorted. */
export function remapIndices(indices: Iterable<number>, remap: Remap): number[] {
  const out: number[] = [];
  for (const i of indices) {
    const j = remap[i] ?? -1;
    if (j >= 0) out.push(j);
  }
  return out.sort((a, b) => a - b);
}
