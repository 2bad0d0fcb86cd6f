import type { EngineEvent } from '../engine/events';
import type { MapStorage } from '../engine/constants';
import { setup } from '../engine/setup';
import { applyOp } from '../engine/step';
import type { Config, Op } from '../engine/types';

/** One old map that pcpu_extend_area_map never freed. */
export interface Leak {
  /** Steps applied when it leaked (the op is step - 1). */
  step: number;
  chunk: number;
  entries: number;
  bytes: number;
  storage: MapStorage;
}

export interface LeakLedger {
  leaks: Leak[];
  /** Bytes lost after each number of steps: totals[s] for s = 0..steps. */
  totals: Float64Array;
}

/**
 * Every map the run leaked (allocator.md §6.4 step 5: with this commit as it landed, each
 * extension loses the old buffer) and the running total of bytes lost. One replay with events.
 */
export function leakLedger(config: Config, ops: readonly Op[], steps = ops.length): LeakLedger {
  const totals = new Float64Array(steps + 1);
  const leaks: Leak[] = [];
  const boot = setup(config);
  if (!boot.ok) return { leaks, totals };
  const state = boot.state;
  const events: EngineEvent[] = [];
  let total = 0;
  let i = 0;
  for (; i < steps && !state.halted; i++) {
    events.length = 0;
    applyOp(state, i, ops[i]!, events);
    for (const e of events) {
      if (e.kind === 'map-extended' && e.oldFate === 'leaked') {
        total += e.from * 4;
        leaks.push({ step: i + 1, chunk: e.chunk, entries: e.from, bytes: e.from * 4, storage: e.oldStorage });
      }
    }
    totals[i + 1] = total;
  }
  // After a crash no step runs: the total stays where it was.
  totals.fill(total, i + 1);
  return { leaks, totals };
}
