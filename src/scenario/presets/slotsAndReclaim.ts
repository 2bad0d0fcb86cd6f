import type { Config, Op } from '../../engine/types';
import type { Preset } from './types';

/** A small box with a page atom: 64 KiB units, 16 slots (allocator.md Example 7). */
export const SMALL_PAGE_ATOM: Config = {
  earlyAlloc: true,
  pageSize: 4096,
  cpus: 2,
  cpuToNode: [0, 0],
  staticSize: 4096,
  reservedSize: 0,
  dynSize: 12288,
  atomSize: 4096,
  earlySize: 12288,
  earlySlots: 128,
};

const alloc = (size: number): Op => ({ op: 'alloc', size, align: 8 });
const free = (index: number): Op => ({ op: 'free', alloc: index });

const ops: Op[] = [
  { op: 'slab-online' },
  alloc(6000),
  alloc(4000),
  free(1),
  alloc(5000),
  alloc(3000),
  alloc(40000),
  alloc(40000),
  alloc(20000),
  free(7),
  free(6),
  free(5),
  free(8),
];

const title = 'Slots, a stale hint, new chunks and reclaim';

export const slotsAndReclaim: Preset = {
  id: 'slots-and-reclaim',
  title,
  description:
    'allocator.md Example 7 on a 2-CPU box with 64 KiB units. Freeing op 1 leaves a 6000-byte hole; op 4 takes 5000 of ' +
    'it from a non-last entry, so chunk 0’s contig hint stays at 6000 although its largest hole is 2288 (stale). ' +
    'Op 5 (3000 bytes) trusts the hint, alloc_area fails and corrects it to 2288, and chunk 1 is created. Op 7 ' +
    'skips chunk 1 because the scan starts at slot 13 and creates chunk 2. When op 12 frees chunk 1 completely while ' +
    'chunk 2 is also fully free, reclaim keeps chunk 1 and destroys chunk 2.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: 'allocator.md Example 7: slot lists, list order, a stale contig hint, chunk creation and reclaim.',
    config: SMALL_PAGE_ATOM,
    ops,
  },
};
