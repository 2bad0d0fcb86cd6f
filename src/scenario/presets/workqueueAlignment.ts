import type { Op } from '../../engine/types';
import { X86_64_4CPU } from './slubBootstrap';
import type { Preset } from './types';

/** struct cpu_workqueue_struct of 2.6.36: 112 bytes, aligned to 256 (allocator.md §12). */
const workqueue = (name: string): Op => ({
  op: 'alloc',
  size: 112,
  align: 256,
  label: `create_workqueue ${name}: cpu_workqueue_struct`,
});

const ops: Op[] = [
  { op: 'mark', label: 'start_kernel: setup_per_cpu_areas done' },
  { op: 'slab-online' },
  { op: 'mark', label: 'init_workqueues' },
  workqueue('events'),
  { op: 'alloc', size: 4, align: 4, label: 'percpu_counter: vm_committed_as' },
  workqueue('khelper'),
  { op: 'alloc', size: 8, align: 8, label: 'cpuacct: cpuusage (u64)' },
  workqueue('kblockd'),
  { op: 'alloc', size: 80, align: 8, label: 'disk_stats: sda' },
  workqueue('ata_sff'),
  { op: 'alloc', size: 24, align: 8, label: 'loopback: pcpu_lstats' },
  workqueue('kacpid'),
  { op: 'alloc', size: 4, align: 4, label: 'mnt_writers: rootfs' },
  workqueue('kpsmoused'),
  { op: 'alloc', size: 80, align: 8, label: 'disk_stats: sda1' },
  { op: 'free', alloc: 7 },
  workqueue('xfslogd'),
  { op: 'mark', label: 'rest_init' },
];

const title = 'Workqueue alignment heads';

export const workqueueAlignment: Preset = {
  id: 'workqueue-alignment',
  title,
  description:
    'Every per-cpu workqueue needs a 112-byte cpu_workqueue_struct aligned to 256 bytes. Chunk 1’s free space ' +
    'starts at 91072, which is 192 past a 256-byte boundary, so the first one leaves a 64-byte free head and later ' +
    'ones leave 144-byte heads in front of them. Watch the small requests in between (4-byte counters, 8-byte ' +
    'cpuacct, 80-byte disk_stats, 24-byte lstats) fall into those heads by first fit instead of the big tail.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: 'cpu_workqueue_struct (112 bytes, align 256) mixed with small requests: heads split off and refilled.',
    config: X86_64_4CPU,
    ops,
  },
};
