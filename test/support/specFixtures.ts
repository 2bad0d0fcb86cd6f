/** Scenarios and configs spelled out in the spec, shared by tests across the project. */
import type { Config } from '../../src/engine/types';
import { withDefaults } from '../../src/scenario/defaults';

/** allocator.md §11 Example 1: x86_64, 4 CPUs on one node, S 82880, R 8192, D 20480, A 2 MiB. */
export const EXAMPLE_1: Config = withDefaults({ staticSize: 82880, reservedSize: 8192, dynSize: 20480 });

/** Example 1's sizes on another machine shape (allocator.md Examples 2 and 3). */
export const example1With = (cpus: number, cpuToNode: number[]): Config => ({ ...EXAMPLE_1, cpus, cpuToNode });

/** The example scenario of formats.md §1, exactly as written there (allocator.md Example 8). */
export const FORMATS_EXAMPLE = {
  format: 'percpu-scenario',
  version: 1,
  title: 'Two nodes, one module',
  description: 'A reserved (module) allocation and a dynamic one, then slab comes up',
  config: {
    earlyAlloc: true,
    pageSize: 4096,
    cpus: 4,
    cpuToNode: [0, 0, 1, 1],
    staticSize: 40960,
    reservedSize: 8192,
    dynSize: 20480,
    atomSize: 2097152,
    earlySize: 12288,
    earlySlots: 128,
  },
  ops: [
    { op: 'alloc', size: 32, align: 8, label: 'kmem_cache_cpu kmalloc-8' },
    { op: 'alloc', size: 4096, align: 4096, reserved: true, label: 'module static area' },
    { op: 'free', alloc: 0 },
    { op: 'mark', label: 'kmem_cache_init' },
    { op: 'slab-online' },
  ],
};
