import { MAP_ENTRY_BYTES, type MapStorage } from '../engine/constants';
import { Timeline } from '../engine/timeline';
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
  /** Bytes lost after each number of steps: totals[s] for s = 0..ops.length. */
  totals: Float64Array;
}

/** What had leaked after some number of steps. */
export interface LeaksSoFar {
  bytes: number;
  /** How many old maps. */
  count: number;
}

/**
 * Bytes and maps leaked after `step` steps (allocator.md §6.4 step 5: with this commit as it
 * landed, each extension loses the old buffer). The timeline recorded every leak as it ran, so
 * this is a search over a few records, not a replay; after a crash no step runs and the total stays.
 */
export function leaksSoFar(timeline: Timeline, step: number): LeaksSoFar {
  const records = timeline.leaks;
  let bytes = 0;
  let count = 0;
  // Leaks are few (a map extends by doubling) and in step order.
  while (count < records.length && records[count]!.step <= step) bytes += records[count++]!.entries * MAP_ENTRY_BYTES;
  return { bytes, count };
}

/** Every map the run leaked and the running total of bytes lost, from the timeline's records. */
export function leakLedgerOf(timeline: Timeline): LeakLedger {
  const leaks = timeline.leaks.map(({ step, chunk, entries, storage }) => ({
    step,
    chunk,
    entries,
    bytes: entries * MAP_ENTRY_BYTES,
    storage,
  }));
  const totals = new Float64Array(timeline.ops.length + 1);
  let total = 0;
  let next = 0;
  for (let s = 0; s < totals.length; s++) {
    while (next < leaks.length && leaks[next]!.step === s) total += leaks[next++]!.bytes;
    totals[s] = total;
  }
  return { leaks, totals };
}

/** The ledger of a scenario run from scratch (for callers without a timeline at hand). */
export function leakLedger(config: Config, ops: readonly Op[]): LeakLedger {
  return leakLedgerOf(new Timeline(config, ops));
}
