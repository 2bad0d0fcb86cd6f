import type { Op } from '../../engine/types';
import { X86_64_4CPU } from './slubBootstrap';
import type { Preset } from './types';

const pageBuffer = (name: string): Op => ({ op: 'alloc', size: 4096, align: 8, label: `${name}: page-sized buffer` });

const ops: Op[] = [
  { op: 'mark', label: 'start_kernel: setup_per_cpu_areas done' },
  ...[1, 2, 3, 4, 5].map((n) => pageBuffer(`early buffer ${n}`)),
  pageBuffer('early buffer 6'),
  { op: 'alloc', size: 24, align: 8, label: 'kmem_cache_cpu kmalloc-8 (small: still fits)' },
  pageBuffer('early buffer 7'),
  { op: 'slab-online' },
  pageBuffer('late buffer 1'),
  pageBuffer('late buffer 2'),
  { op: 'alloc', size: 512, align: 8, label: 'sched_init: update_shares_data' },
  { op: 'mark', label: 'rest_init' },
];

const title = 'Early-size exhaustion: no new chunk before slab';

export const earlySizeExhaustion: Preset = {
  id: 'early-size-exhaustion',
  title,
  description:
    'Page-sized (4096-byte) requests before slab eat chunk 1’s 23616-byte dynamic area: five fit, at 91072 … 107456, ' +
    'leaving 3136 bytes. The sixth fits nowhere, so pcpu_alloc tries to create a chunk; its struct needs ' +
    'pcpu_mem_alloc, slab is not up: WARN_ON_ONCE and “failed to allocate new chunk”. A 24-byte request still fits ' +
    'in the leftover 3136 bytes. Once slab is online the next page-sized request creates chunk 2 and is served there.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: 'Big early requests fill the first chunk; chunk creation is refused until slab is up.',
    config: X86_64_4CPU,
    ops,
  },
};
