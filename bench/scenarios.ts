import type { Op } from '../src/engine/types';
import { seededRandom } from './random';

/**
 * The benchmark's mixed boot: sizes 4..8192 (log-uniform), aligns 4..4096 (mostly small),
 * about 40% frees of random live allocations, slab-online at op 500.
 */
export function mixedOps(count: number, seed: number): Op[] {
  const random = seededRandom(seed);
  const ops: Op[] = [];
  const live: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i === 500) {
      ops.push({ op: 'slab-online' });
      continue;
    }
    if (live.length > 0 && random() < 0.4) {
      const at = Math.floor(random() * live.length);
      const target = live[at]!;
      live[at] = live[live.length - 1]!;
      live.pop();
      ops.push({ op: 'free', alloc: target });
      continue;
    }
    const size = Math.max(4, Math.round(2 ** (2 + random() * 11)));
    const r = random();
    const align = r < 0.5 ? 4 : r < 0.8 ? 8 : r < 0.9 ? 64 : r < 0.97 ? 256 : 4096;
    ops.push({ op: 'alloc', size, align, label: `bench ${i}` });
    live.push(i);
  }
  return ops;
}

/** Dennis Zhou's pathological case: many 4-byte allocations, then all of them freed. */
export function pathologicalOps(allocs: number): Op[] {
  const ops: Op[] = [{ op: 'slab-online' }];
  for (let i = 0; i < allocs; i++) ops.push({ op: 'alloc', size: 4, align: 4 });
  for (let i = 1; i <= allocs; i++) ops.push({ op: 'free', alloc: i });
  return ops;
}

/** The same 100,000 4-byte allocations, freed in a seeded random order. */
export function pathologicalRandomFreeOps(allocs: number, seed: number): Op[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: allocs }, (_, i) => i + 1);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const ops: Op[] = [{ op: 'slab-online' }];
  for (let i = 0; i < allocs; i++) ops.push({ op: 'alloc', size: 4, align: 4 });
  for (const alloc of order) ops.push({ op: 'free', alloc });
  return ops;
}
