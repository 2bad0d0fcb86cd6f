import type { Op } from '../../engine/types';
import { SMALL_PAGE_ATOM } from './slotsAndReclaim';
import type { Preset } from './types';

const alloc = (size: number, align: number, label?: string): Op => ({
  op: 'alloc',
  size,
  align,
  ...(label === undefined ? {} : { label }),
});
const free = (index: number): Op => ({ op: 'free', alloc: index });

/** allocator.md §14.1's reproducer, op for op. */
const ops: Op[] = [
  { op: 'slab-online' },
  alloc(1, 1),
  alloc(3, 1),
  alloc(1, 1),
  alloc(3, 1),
  alloc(1, 1),
  alloc(10, 1),
  alloc(12269, 1, 'fills the rest of chunk 0'),
  free(2),
  free(4),
  free(6),
  alloc(8, 1, 'takes the 10-byte hole; the hint stays 10'),
  alloc(3, 4, 'no 3-byte hole is 4-aligned: the chunk drops to slot 0 mid-walk'),
];

const title = 'Slot-walk hazard: 1–3-byte requests corrupt the scan';

export const slotWalkHazard: Preset = {
  id: 'slot-walk-hazard',
  title,
  description:
    'allocator.md §14.1: tiny 1- and 3-byte allocations and frees leave chunk 0 with just two 3-byte holes ' +
    'while its contig hint still says 10. A 3-byte request aligned to 4 passes the hint test, alloc_area finds ' +
    'nothing, lowers the hint to 3 and moves the chunk to slot 0 while pcpu_alloc is still walking slot 1’s list. ' +
    'The next “chunk” it would read is slot 0’s list head: undefined behaviour, so the model halts with a kernel crash.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: 'allocator.md §14.1 reproducer: a failing alloc_area moves the chunk to slot 0 during the scan.',
    config: SMALL_PAGE_ATOM,
    ops,
  },
};
