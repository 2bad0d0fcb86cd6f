import type { Op, Scenario } from '../engine/types';
import { withDefaults } from '../scenario/defaults';

/** Small op builders for the editing tests. */
export const alloc = (size: number, align = 8, label?: string): Op => ({
  op: 'alloc',
  size,
  align,
  ...(label !== undefined && { label }),
});
export const free = (index: number): Op => ({ op: 'free', alloc: index });
export const mark = (label: string): Op => ({ op: 'mark', label });
export const slab: Op = { op: 'slab-online' };

/** allocator.md Example 5's config: dchunk (id 1) starts at 49152 with 20480 free bytes. */
export const EXAMPLE_5_CONFIG = withDefaults({ cpus: 4, staticSize: 40960, reservedSize: 8192, dynSize: 20480 });

export const scenarioOf = (ops: Op[], config = EXAMPLE_5_CONFIG): Scenario => ({
  format: 'percpu-scenario',
  version: 1,
  config,
  ops,
});
