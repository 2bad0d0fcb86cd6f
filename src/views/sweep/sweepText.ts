import { metricValue, SWEEP_METRICS, type CellValue, type EarlyOutcome, type SweepMetric } from '../../analysis';

export function metricLabel(metric: SweepMetric): string {
  return SWEEP_METRICS.find((m) => m.id === metric)!.label;
}

export function cellName(slots: number, size: number): string {
  return `earlySlots ${slots}, earlySize ${size}`;
}

/** The value as a table cell or an in-cell label shows it. */
export function valueText(value: CellValue): string {
  if (value.kind === 'value') return String(value.value);
  return value.kind === 'none' ? 'none' : 'does not build';
}

/** Every number of one cell, one sentence per line, for the tooltip and the live region. */
export function describeCell(outcome: EarlyOutcome, slots: number, size: number): string[] {
  const lines = [cellName(slots, size)];
  if (!outcome.built) return [...lines, `Does not build: ${outcome.reason}.`];
  const plural = outcome.earlyAllocs === 1 ? 'allocation' : 'allocations';
  lines.push(`${outcome.earlyAllocs} ${plural} before slab-online, ${outcome.earlySucceeded} succeed.`);
  if (outcome.firstEarlyFailure === null) lines.push('No early failure.');
  else lines.push(`First early failure: op ${outcome.firstEarlyFailure} (${outcome.firstFailureReason}).`);
  if (outcome.crashed) lines.push(`The kernel crashes at op ${outcome.firstEarlyFailure}; nothing runs after it.`);
  return lines;
}

export interface GridSummary {
  cells: number;
  noBuild: number;
  none: number;
  min: { value: number; slots: number; size: number } | null;
  max: { value: number; slots: number; size: number } | null;
}

/** Extremes and special cells of a finished (or partial) grid under one metric. */
export function summarizeGrid(
  rows: readonly (readonly EarlyOutcome[] | null)[],
  slots: readonly number[],
  sizes: readonly number[],
  metric: SweepMetric,
): GridSummary {
  const summary: GridSummary = { cells: 0, noBuild: 0, none: 0, min: null, max: null };
  rows.forEach((row, r) =>
    row?.forEach((outcome, c) => {
      summary.cells++;
      const v = metricValue(outcome, metric);
      if (v.kind === 'no-build') summary.noBuild++;
      else if (v.kind === 'none') summary.none++;
      else {
        const at = { value: v.value, slots: slots[r]!, size: sizes[c]! };
        if (!summary.min || v.value < summary.min.value) summary.min = at;
        if (!summary.max || v.value > summary.max.value) summary.max = at;
      }
    }),
  );
  return summary;
}

/** One or two sentences a screen reader (and everyone else) can read instead of the colours. */
export function summaryText(summary: GridSummary, metric: SweepMetric): string {
  if (summary.cells === 0) return 'No cells yet.';
  const parts: string[] = [`${summary.cells} cells.`];
  const { min, max } = summary;
  if (min && max) {
    parts.push(
      min.value === max.value
        ? `All numbered cells: ${min.value}.`
        : `Lowest ${min.value} (${cellName(min.slots, min.size)}), highest ${max.value} (${cellName(max.slots, max.size)}).`,
    );
  }
  if (summary.none > 0 && metric === 'firstEarlyFailure') {
    parts.push(`${summary.none} with no early failure.`);
  }
  if (summary.noBuild > 0) parts.push(`${summary.noBuild} do not build (earlySlots × 4 > page size).`);
  return parts.join(' ');
}

const WHAT_IF_SUFFIX = / — earlySlots \d+, earlySize \d+$/;

/** The scenario title for a cell opened in Explore: the sweep's title plus the two values, within `maxLength`. */
export function whatIfTitle(title: string | undefined, slots: number, size: number, maxLength: number): string {
  const base = (title ?? 'Untitled scenario').replace(WHAT_IF_SUFFIX, '');
  const suffix = ` — ${cellName(slots, size)}`;
  const room = Math.max(0, maxLength - suffix.length);
  return (base.length > room ? base.slice(0, Math.max(0, room - 1)) + '…' : base) + suffix;
}
