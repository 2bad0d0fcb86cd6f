import type { Op } from '../engine/types';

export const alloc = (size: number, align: number): Op => ({ op: 'alloc', size, align });

/** `count` allocations of `size`/`align` before slab, slab-online, then `after` more. */
export function earlyThenLate(count: number, size: number, align: number, after = 0): Op[] {
  return [
    ...Array.from({ length: count }, () => alloc(size, align)),
    { op: 'slab-online' },
    ...Array.from({ length: after }, () => alloc(size, align)),
  ];
}
