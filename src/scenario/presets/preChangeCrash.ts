import { slubBootOps, X86_64_4CPU } from './slubBootstrap';
import type { Preset } from './types';

const title = 'Pre-change kernel: SLUB’s first early alloc crashes';

export const preChangeCrash: Preset = {
  id: 'pre-change-crash',
  title,
  description:
    'The same SLUB bootstrap as the default preset, on the allocator just before “percpu: allow limited allocation ' +
    'before slab is online”. Its first chunk has 2-entry static maps, so the very first request (kmem_cache_node’s ' +
    '24-byte kmem_cache_cpu) must grow the map to 16 entries with kzalloc(64) while slab does not exist yet. The model ' +
    'stops there with a kernel crash: the boot never reaches slab-online, and every later op is “not reached”.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: 'earlyAlloc false with the SLUB bootstrap ops: a kernel crash on the first early allocation.',
    config: { ...X86_64_4CPU, earlyAlloc: false },
    ops: slubBootOps(4),
  },
};
