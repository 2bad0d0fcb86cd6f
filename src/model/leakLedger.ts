import type { EngineEvent } from '../engine/events';
import type { MapStorage } from '../engine/constants';
import { setup } from '../engine/setup';
import { applyOp } from '../engine/step';
import type { Config, EngineState, Op } from '../engine/types';

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

/** What had leaked after some number of steps. */
export interface LeaksSoFar {
  bytes: number;
  /** How many old maps. */
  count: number;
}

/**
 * The leak ledger replayed only as far as it is asked about: opening a 100,000-op scenario at
 * step 0 replays nothing, stepping forward replays one op, and going back reads what is known.
 * Every answer is the one the whole replay (`leakLedger`) gives for that step.
 */
export class LazyLeakLedger {
  private readonly ops: readonly Op[];
  private readonly steps: number;
  /** The replay's own state; let go once the replay has reached its end (it is a whole run's worth). */
  private state: EngineState | null;
  private readonly events: EngineEvent[] = [];
  readonly leaks: Leak[] = [];
  /** totals[s] is known for s = 0..done. */
  readonly totals: Float64Array;
  private done = 0;
  private total = 0;

  constructor(config: Config, ops: readonly Op[], steps = ops.length) {
    this.ops = ops;
    this.steps = steps;
    this.totals = new Float64Array(steps + 1);
    const boot = setup(config);
    this.state = boot.ok ? boot.state : null;
  }

  /** Replays up to `step` steps (no further than the run goes, and not past a crash). */
  private advanceTo(step: number): void {
    const state = this.state;
    if (!state) return;
    const target = Math.min(step, this.steps);
    const events = this.events;
    while (this.done < target && !state.halted) {
      const i = this.done;
      events.length = 0;
      applyOp(state, i, this.ops[i]!, events);
      for (const e of events) {
        if (e.kind === 'map-extended' && e.oldFate === 'leaked') {
          this.total += e.from * 4;
          this.leaks.push({ step: i + 1, chunk: e.chunk, entries: e.from, bytes: e.from * 4, storage: e.oldStorage });
        }
      }
      this.done = i + 1;
      this.totals[this.done] = this.total;
    }
    if (this.done >= this.steps || state.halted) this.state = null;
  }

  /** Bytes and maps leaked after `step` steps; after a crash no step runs, so the total stays. */
  at(step: number): LeaksSoFar {
    this.advanceTo(step);
    // Past the end, or past a crash: nothing more leaks.
    if (step > this.done) return { bytes: this.total, count: this.leaks.length };
    // Leaks are in step order: count those at or before `step`.
    let lo = 0;
    let hi = this.leaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.leaks[mid]!.step <= step) lo = mid + 1;
      else hi = mid;
    }
    return { bytes: this.totals[Math.max(0, step)]!, count: lo };
  }

  /** The whole run: every leak, and the totals after each step. */
  all(): LeakLedger {
    this.advanceTo(this.steps);
    this.totals.fill(this.total, this.done + 1);
    return { leaks: this.leaks.slice(), totals: this.totals.slice() };
  }
}

/**
 * Every map the run leaked (allocator.md §6.4 step 5: with this commit as it landed, each
 * extension loses the old buffer) and the running total of bytes lost. One replay with events.
 */
export function leakLedger(config: Config, ops: readonly Op[], steps = ops.length): LeakLedger {
  return new LazyLeakLedger(config, ops, steps).all();
}
