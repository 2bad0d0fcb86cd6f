import type { Op, Scenario } from '../src/engine/types';
import { withDefaults } from '../src/scenario/defaults';
import { mixedOps } from './scenarios';

function scenario(title: string, ops: Op[], config = withDefaults({})): Scenario {
  return { format: 'percpu-scenario', version: 1, title, config, ops };
}

/** 10,000 mixed ops without labels (keeps the share link small) for the stepping benchmark. */
export function steppingScenario(): Scenario {
  const ops = mixedOps(10_000, 99).map((op) =>
    op.op === 'alloc' ? { op: 'alloc' as const, size: op.size, align: op.align } : op,
  );
  return scenario('bench: 10,000 mixed ops', ops);
}

/** One first chunk big enough for 5,000 64-byte areas (1 CPU, 1 MiB dynamic area). */
export function fiveThousandAreasScenario(): Scenario {
  const ops: Op[] = [{ op: 'slab-online' }];
  for (let i = 0; i < 5000; i++) ops.push({ op: 'alloc', size: 64, align: 8 });
  return scenario('bench: 5,000 areas', ops, withDefaults({ cpus: 1, reservedSize: 0, dynSize: 1048576 }));
}

/** 1,000 mixed ops for the sweep benchmark (slab-online at op 500, as in the engine bench). */
export function sweepScenario(): Scenario {
  return scenario('bench: 1,000 ops sweep', mixedOps(1000, 5));
}

/** The engine bench's 100,000 mixed ops (with labels) on 4,096 CPUs of one node. */
export function cpus4096Scenario(): Scenario {
  const config = withDefaults({ cpus: 4096, cpuToNode: Array.from({ length: 4096 }, () => 0) });
  return scenario('bench: 100,000 ops on 4,096 CPUs', mixedOps(100_000, 2026), config);
}

/** 20,000 mixed ops without labels for the 64 × 64 sweep (slab-online at op 500). */
export function sweep20kScenario(): Scenario {
  const ops = mixedOps(20_000, 5).map((op) =>
    op.op === 'alloc' ? { op: 'alloc' as const, size: op.size, align: op.align } : op,
  );
  return scenario('bench: 20,000 ops sweep', ops);
}
