import type { AllocOp, Config, Op } from '../../engine/types';
import type { Preset } from './types';

/** x86_64 of the era, allocator.md Example 1 (static size illustrative, as there). */
export const X86_64_4CPU: Config = {
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

/** struct kmem_cache_cpu on x86_64 in 2.6.37 SLUB: 24 bytes, pointer aligned (allocator.md §12). */
const kmemCacheCpu = (cache: string): AllocOp => ({
  op: 'alloc',
  size: 24,
  align: 8,
  label: `kmem_cache_cpu ${cache}`,
});

/** The order kmem_cache_init opens its caches on a NUMA build (allocator.md §12). */
export const SLUB_BOOT_CACHES = [
  'kmem_cache_node',
  'kmem_cache',
  'kmalloc-96',
  'kmalloc-192',
  ...[8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192].map((n) => `kmalloc-${n}`),
];

const DMA_CACHES = [96, 192, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192].map((n) => `dma-kmalloc-${n}`);

/** The SLUB bootstrap of a 2.6.37-style kernel, with the first users after slab comes up. */
export function slubBootOps(cpus: number): Op[] {
  return [
    { op: 'mark', label: 'start_kernel: setup_per_cpu_areas done' },
    { op: 'mark', label: 'mm_init: kmem_cache_init starts' },
    ...SLUB_BOOT_CACHES.map(kmemCacheCpu),
    { op: 'slab-online' },
    ...DMA_CACHES.map(kmemCacheCpu),
    { op: 'mark', label: 'sched_init' },
    { op: 'alloc', size: cpus * 8, align: 8, label: 'sched_init: update_shares_data (nr_cpu_ids × 8)' },
    { op: 'alloc', size: 8, align: 8, label: 'cpuacct: cpuusage (u64)' },
    { op: 'alloc', size: 4, align: 4, label: 'percpu_counter: vm_committed_as' },
    { op: 'alloc', size: 4, align: 4, label: 'percpu_counter: nr_files' },
    { op: 'alloc', size: 4, align: 4, label: 'mnt_writers: rootfs' },
    { op: 'alloc', size: 24, align: 8, label: 'loopback: pcpu_lstats' },
    { op: 'alloc', size: 112, align: 256, label: 'workqueue: events (cpu_workqueue_struct)' },
    { op: 'alloc', size: 112, align: 256, label: 'workqueue: khelper (cpu_workqueue_struct)' },
    { op: 'alloc', size: 80, align: 8, label: 'disk_stats: sda' },
    { op: 'alloc', size: 80, align: 8, label: 'disk_stats: sda1' },
    { op: 'mark', label: 'rest_init' },
  ];
}

export const slubBootstrap: Preset = {
  id: 'slub-bootstrap',
  title: 'SLUB bootstrap on a 4-CPU x86_64 box',
  description:
    'A 2.6.37-style SLUB needs a struct kmem_cache_cpu (24 bytes, align 8) for each of its 15 boot caches before ' +
    'slab exists. With early allocation support they come from the first chunk’s 12 KiB early dynamic area and the ' +
    '128-entry __initdata map: watch the map-slot gauge of chunk 1 fill to 17 of 128 entries. Then slab comes ' +
    'online, percpu_init_late copies the maps to kmalloc memory, and the DMA caches, sched_init and friends follow.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title: 'SLUB bootstrap on a 4-CPU x86_64 box',
    description: 'kmem_cache_init before slab, then the first percpu users after it (allocator.md §12, Example 9).',
    config: X86_64_4CPU,
    ops: slubBootOps(4),
  },
};
