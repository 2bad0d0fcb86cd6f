import type { Config } from '../engine/types';

/** formats.md §1 defaults; cpuToNode defaults to every CPU on node 0. */
export const CONFIG_DEFAULTS: Omit<Config, 'cpuToNode'> = {
  earlyAlloc: true,
  pageSize: 4096,
  cpus: 4,
  staticSize: 40960,
  reservedSize: 8192,
  dynSize: 20480,
  atomSize: 2097152,
  earlySize: 12288,
  earlySlots: 128,
};

/** The config fields in formats.md §1 order: how scenario files write them and comparisons list them. */
export const CONFIG_KEYS = [
  'earlyAlloc',
  'pageSize',
  'cpus',
  'cpuToNode',
  'staticSize',
  'reservedSize',
  'dynSize',
  'atomSize',
  'earlySize',
  'earlySlots',
] as const satisfies readonly (keyof Config)[];

export const MAX_OPS = 100000;
export const MAX_TITLE = 120;
export const MAX_DESCRIPTION = 2000;
export const MAX_LABEL = 120;

/** Accepted ranges, shared by the schema and the config form. */
export const CONFIG_LIMITS = {
  pageSize: [4096, 8192, 16384, 65536] as const,
  cpus: { min: 1, max: 4096 },
  node: { min: 0, max: 63 },
  // Debug kernels (lockdep, KASAN, ...) have static percpu sections above 1 MiB.
  staticSize: { min: 1, max: 8388608 },
  reservedSize: { min: 0, max: 1048576 },
  dynSize: { min: 0, max: 1048576 },
  atomSize: { maxLog2: 30 },
  earlySize: { min: 0, max: 1048576 },
  earlySlots: { min: 2, max: 65536 },
  allocSize: { min: 0, max: 2147483647 },
  align: { min: 1, max: 1073741824 },
};

export function withDefaults(config: Partial<Config>): Config {
  const cpus = config.cpus ?? CONFIG_DEFAULTS.cpus;
  return { ...CONFIG_DEFAULTS, ...config, cpus, cpuToNode: config.cpuToNode ?? new Array<number>(cpus).fill(0) };
}
