import type { Op, Scenario } from '../../engine/types';

/** A tiny seeded PRNG (mulberry32) so the size-bound scenario is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CACHES = [
  'kmalloc-8',
  'kmalloc-16',
  'kmalloc-32',
  'kmalloc-64',
  'kmalloc-96',
  'kmalloc-128',
  'kmalloc-192',
  'kmalloc-256',
  'kmalloc-512',
  'kmalloc-1024',
  'kmalloc-2048',
  'kmalloc-4096',
  'kmem_cache',
  'kmem_cache_node',
  'dma-kmalloc-64',
  'task_struct',
  'inode_cache',
  'dentry',
  'buffer_head',
  'radix_tree_node',
  'vm_area_struct',
  'anon_vma',
  'sighand_cache',
  'files_cache',
  'mm_struct',
];
const SUBSYSTEMS = [
  'percpu_counter nr_files',
  'netdev stats',
  'vm_event_states',
  'workqueue cwq',
  'sched_init runqueue',
  'snmp mib ipv4',
  'snmp mib ipv6',
  'irq_desc kstat_irqs',
  'blk-mq ctx',
  'rcu_data',
  'softirq work',
  'module static area',
  'cpu_hw_events',
  'tcp_orphan_count',
  'page_state',
];
const MARKS = ['setup_per_cpu_areas', 'sched_init', 'mm_init', 'kmem_cache_init', 'rest_init', 'do_initcalls'];
const SIZES = [4, 8, 8, 16, 24, 24, 32, 40, 48, 64, 64, 96, 112, 128, 192, 256, 512, 1024, 4096];
const ALIGNS = [4, 8, 8, 8, 8, 16, 32, 64, 64, 4096];

/**
 * A boot-like mix of `count` ops: about 60% allocs (most labelled like "kmem_cache_cpu kmalloc-64"),
 * 30% frees of random live allocs, marks, and one slab-online a third of the way in.
 */
export function realisticScenario(count: number, seed = 2636): Scenario {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const ops: Op[] = [];
  const live: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i === Math.floor(count / 3)) {
      ops.push({ op: 'slab-online' });
      continue;
    }
    const r = rnd();
    if (r < 0.6 || live.length === 0) {
      const size = rnd() < 0.15 ? 1 + Math.floor(rnd() * 8000) : pick(SIZES);
      const op: Op = { op: 'alloc', size, align: pick(ALIGNS) };
      if (rnd() < 0.05) op.reserved = true;
      const lr = rnd();
      if (lr < 0.6) op.label = `kmem_cache_cpu ${pick(CACHES)}`;
      else if (lr < 0.9) op.label = pick(SUBSYSTEMS);
      live.push(i);
      ops.push(op);
    } else if (r < 0.92) {
      const [target] = live.splice(Math.floor(rnd() * live.length), 1);
      ops.push({ op: 'free', alloc: target! });
    } else {
      ops.push({ op: 'mark', label: rnd() < 0.5 ? pick(MARKS) : `initcall level ${Math.floor(rnd() * 8)} at op ${i}` });
    }
  }
  return {
    format: 'percpu-scenario',
    version: 1,
    title: `Realistic boot, ${count} ops`,
    description: 'Seeded mix of labelled per-CPU allocations, frees and boot marks around slab-online.',
    config: {
      earlyAlloc: true,
      pageSize: 4096,
      cpus: 8,
      cpuToNode: [0, 0, 0, 0, 1, 1, 1, 1],
      staticSize: 40960,
      reservedSize: 8192,
      dynSize: 20480,
      atomSize: 2097152,
      earlySize: 12288,
      earlySlots: 128,
    },
    ops,
  };
}
