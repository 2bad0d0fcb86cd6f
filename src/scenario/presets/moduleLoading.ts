import type { Op } from '../../engine/types';
import { X86_64_4CPU } from './slubBootstrap';
import type { Preset } from './types';

/** percpu_modalloc: a module's static per-cpu section comes from the reserved chunk. */
const moduleSection = (module: string, size: number, align: number): Op => ({
  op: 'alloc',
  size,
  align,
  reserved: true,
  label: `insmod ${module}: .data..percpu`,
});

const ops: Op[] = [
  { op: 'mark', label: 'start_kernel: setup_per_cpu_areas done' },
  { op: 'slab-online' },
  { op: 'mark', label: 'rest_init: userspace starts loading modules' },
  moduleSection('kvm', 1024, 4096),
  moduleSection('ipv6', 2048, 64),
  moduleSection('nf_conntrack', 1152, 8),
  moduleSection('xfs', 1024, 8),
  moduleSection('sunrpc', 2304, 8),
  moduleSection('dm_mod', 3072, 64),
];

const title = 'Module loading fills the 8 KiB reserved chunk';

export const moduleLoading: Preset = {
  id: 'module-loading',
  title,
  description:
    'After boot, each module’s static per-cpu section is allocated with __alloc_reserved_percpu from the reserved ' +
    'chunk (chunk 0: 8192 bytes at 82880 on x86_64). kvm asks for 1 KiB aligned to a page, which leaves a 3136-byte ' +
    'head; ipv6 (2 KiB, align 64) lands in that head, nf_conntrack and xfs fill most of the rest and sunrpc takes ' +
    'the last big hole, leaving 640 bytes in holes of 64 and 576. dm_mod’s 3 KiB no longer fits anywhere: “alloc from reserved chunk failed”. The reserved ' +
    'chunk is never on a slot list and never falls back to the dynamic chunks.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: 'Reserved (module) allocations of 1–3 KiB, align 8–4096, until the reserved chunk is full.',
    config: X86_64_4CPU,
    ops,
  },
};
