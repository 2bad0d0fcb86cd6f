import type { Config } from '../../engine/types';
import { slubBootOps, X86_64_4CPU } from './slubBootstrap';
import type { Preset } from './types';

const CPUS = 64;

/** Two sockets of 32 CPUs, numbered socket by socket. */
const config: Config = {
  ...X86_64_4CPU,
  cpus: CPUS,
  cpuToNode: Array.from({ length: CPUS }, (_, cpu) => (cpu < CPUS / 2 ? 0 : 1)),
};

const title = 'Two-node 64-CPU server';

export const twoNodeServer: Preset = {
  id: 'two-node-server',
  title,
  description:
    'A 2-socket x86_64 server: 64 CPUs, 32 on each NUMA node. The CPUs form two groups; with 2 MiB atoms and a ' +
    '114688-byte first chunk, 16 units of 131072 bytes share each atom, so each node needs two atom-sized ' +
    'allocations and no unit slot is wasted. The SLUB bootstrap then runs as on a small box, and sched_init asks ' +
    'for nr_cpu_ids × 8 = 512 bytes per CPU.',
  scenario: {
    format: 'percpu-scenario',
    version: 1,
    title,
    description: '64 CPUs on 2 nodes (32 + 32): groups, upa 16, and the SLUB bootstrap with sched_init 512 bytes.',
    config,
    ops: slubBootOps(CPUS),
  },
};
