import type { Config, Op } from '../engine/types';
import { earlyMetrics, slabOnlineIndex, type EarlyOutcome } from './earlyMetrics';

/** What a heatmap cell shows. */
export type SweepMetric = 'earlySucceeded' | 'firstEarlyFailure';

export const SWEEP_METRICS: { id: SweepMetric; label: string }[] = [
  { id: 'earlySucceeded', label: 'allocations before slab-online that succeed' },
  { id: 'firstEarlyFailure', label: 'op index of the first early failure' },
];

/** A cell's value under a metric: a number, "no early failure", or a kernel that does not build. */
export type CellValue = { kind: 'value'; value: number } | { kind: 'none' } | { kind: 'no-build'; reason: string };

/** The base configuration with one sweep point's early-allocation knobs. */
export function sweepConfig(base: Config, earlySlots: number, earlySize: number): Config {
  return { ...base, earlySlots, earlySize };
}

/** One row of the grid: a fixed earlySlots value against every earlySize value. */
export function sweepRow(
  ops: readonly Op[],
  base: Config,
  earlySlots: number,
  sizeValues: readonly number[],
): EarlyOutcome[] {
  const end = slabOnlineIndex(ops);
  return sizeValues.map((size) => earlyMetrics(sweepConfig(base, earlySlots, size), ops, end));
}

/** Every cell's outcome: rows follow slotsValues, columns follow sizeValues. */
export function sweepOutcomes(
  ops: readonly Op[],
  base: Config,
  slotsValues: readonly number[],
  sizeValues: readonly number[],
): EarlyOutcome[][] {
  return slotsValues.map((slots) => sweepRow(ops, base, slots, sizeValues));
}

export function metricValue(outcome: EarlyOutcome, metric: SweepMetric): CellValue {
  if (!outcome.built) return { kind: 'no-build', reason: outcome.reason };
  if (metric === 'earlySucceeded') return { kind: 'value', value: outcome.earlySucceeded };
  return outcome.firstEarlyFailure === null ? { kind: 'none' } : { kind: 'value', value: outcome.firstEarlyFailure };
}

/** The grid of cell values for one metric (rows: earlySlots, columns: earlySize). */
export function sweepGrid(
  ops: readonly Op[],
  base: Config,
  slotsValues: readonly number[],
  sizeValues: readonly number[],
  metric: SweepMetric,
): CellValue[][] {
  return sweepOutcomes(ops, base, slotsValues, sizeValues).map((row) => row.map((o) => metricValue(o, metric)));
}
