import type { Config, Op } from '../../engine/types';
import type { Preset } from './types';

const MIB = 1024 * 1024;
/** The smallest allocation that needs its own 64 KiB run: a unit of 128 MiB takes 2048 of them. */
const BIG = 65536;
/** allocations that fill created chunk 2 exactly (128 MiB / 64 KiB). */
export const HAZARD_FILL = 2048;

/**
 * allocator.md §14 item 14's reproducer machine: 1 CPU, 4 KiB pages, a 128 MiB atom and so a
 * 128 MiB unit: 32768 pages, a 4160-byte chunk struct, more than a page.
 */
export const HAZARD_MACHINE: Config = {
  earlyAlloc: true,
  pageSize: 4096,
  cpus: 1,
  cpuToNode: [0],
  staticSize: 40960,
  reservedSize: 8192,
  dynSize: 20480,
  atomSize: 128 * MIB,
  earlySize: 12288,
  earlySlots: 128,
};

const alloc = (n: number): Op => ({ op: 'alloc', size: BIG, align: 1, label: `64 KiB buffer ${n}` });

const ops: Op[] = [
  { op: 'slab-online' },
  ...Array.from({ length: HAZARD_FILL + 1 }, (_, i) => alloc(i + 1)),
  { op: 'mark', label: 'free everything again, in order' },
  ...Array.from({ length: HAZARD_FILL + 1 }, (_, i): Op => ({ op: 'free', alloc: i + 1 })),
];

const title = 'Both latent bugs: leaked maps and a kfree’d vmalloc struct';

export const structKfreeHazard: Preset = {
  id: 'struct-kfree-hazard',
  title,
  description:
    'A 128 MiB unit makes the chunk struct 4160 bytes, more than a page: pcpu_mem_alloc takes it from vmalloc. ' +
    'Filling chunk 2 with 64 KiB buffers grows its map 16 → 4096 entries, and each extension leaks the old array. ' +
    'Freeing everything lets reclaim destroy chunk 2, and pcpu_free_chunk kfree()s its vmalloc’d struct: the model halts.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: 'allocator.md §14 item 14 reproducer: reclaim kfree()s a chunk struct that came from vmalloc.',
    config: HAZARD_MACHINE,
    ops,
  },
};
