import type { Op } from '../../engine/types';
import { X86_64_4CPU } from './slubBootstrap';
import type { Preset } from './types';

/** Allocations of 8 bytes, align 8, made before kmem_cache_init finishes (allocator.md Example 4). */
export const EARLY_COUNTERS = 140;
/** More of the same after slab, the first of which extends the map to 256 entries. */
const LATE_COUNTERS = 8;

const counter = (n: number, when: string): Op => ({
  op: 'alloc',
  size: 8,
  align: 8,
  label: `${when} u64 counter ${n}`,
});

const ops: Op[] = [
  { op: 'mark', label: 'start_kernel: setup_per_cpu_areas done' },
  ...Array.from({ length: EARLY_COUNTERS }, (_, i) => counter(i + 1, 'early')),
  { op: 'slab-online' },
  ...Array.from({ length: LATE_COUNTERS }, (_, i) => counter(i + 1, 'late')),
  { op: 'mark', label: 'rest_init' },
];

const title = 'Early-slot exhaustion: 140 tiny allocations before slab';

export const earlySlotExhaustion: Preset = {
  id: 'early-slot-exhaustion',
  title,
  description:
    'Each 8-byte allocation splits one more entry off chunk 1’s free tail, so its 128-entry __initdata map fills ' +
    'long before its 12 KiB run out. Allocations 1–125 succeed at 91072, 91080, …, 92064; the 126th finds 127 of 128 ' +
    'entries in use, growing the map needs kmalloc, slab is not up: WARN_ON_ONCE fires and every request from then on ' +
    'fails with “failed to extend area map” (the 10th reported failure adds “limit reached”, later ones are silent). ' +
    'After slab comes online the next allocation extends the map to 256 entries and lands at 92072.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: 'allocator.md Example 4: 8-byte, 8-aligned requests use up the 128 early map slots.',
    config: X86_64_4CPU,
    ops,
  },
};
