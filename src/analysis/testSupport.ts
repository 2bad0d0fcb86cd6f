import type { Config, Op } from '../engine/types';

/** allocator.md Example 1: x86_64, 4 CPUs on one node (S 82880, R 8192, D 20480, 2 MiB atom). */
export const EXAMPLE_1: Config = {
  earlyAlloc: true,
  pageSize: 4096,
  cpus: 4,
  cpuToNode: [0, 0, 0, 0],
  staticSize: 82880,
  reservedSize: 8192,
  dynSize: 20480,
  atomSize: 2097152,
  earlySize: 12288,
  earlySlots: 128,
};

export const alloc = (size: number, align: number): Op => ({ op: 'alloc', size, align });

/** `count` allocations of `size`/`align` before slab, slab-online, then `after` more. */
export function earlyThenLate(count: number, size: number, align: number, after = 0): Op[] {
  return [
    ...Array.from({ length: count }, () => alloc(size, align)),
    { op: 'slab-online' },
    ...Array.from({ length: after }, () => alloc(size, align)),
  ];
}
