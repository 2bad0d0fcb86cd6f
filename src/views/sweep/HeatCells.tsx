import { memo, useEffect, useState } from 'react';
import { metricValue, type EarlyOutcome, type SweepMetric } from '../../analysis';
import { inkFor } from './heatmapScales';
import { valueText } from './sweepText';
import { usePageClock } from '../pageClock';

export interface CellGeometry {
  /** x of each column (earlySize index), y of each row (earlySlots index), band sizes. */
  x: number[];
  y: number[];
  width: number;
  height: number;
}

interface Props {
  rows: readonly (readonly EarlyOutcome[] | null)[];
  slots: readonly number[];
  sizes: readonly number[];
  metric: SweepMetric;
  geometry: CellGeometry;
  colour: (value: number) => string;
  patterns: { none: string; noBuild: string };
}

const SHORT: Record<string, string> = { none: '–', 'does not build': '✕' };

/**
 * The coloured rects, drawn once per result or metric change (hover state lives elsewhere). Each
 * row is its own memoised component: while a sweep runs, a batch of new rows redraws those rows
 * only, not the whole grid (at 64 × 64 that is the difference between a frame and a stall).
 */
export const HeatCells = memo(function HeatCells({ rows, slots, sizes, metric, geometry, colour, patterns }: Props) {
  const { x, y, width, height } = geometry;
  const labelled = width >= 30 && height >= 15;
  const shown = useRowsShown(slots, sizes);
  const cells = [];
  // The top rows (largest earlySlots, on screen first) are drawn first.
  for (let r = slots.length - shown; r < slots.length; r++) {
    cells.push(
      <HeatRow
        key={r}
        row={rows[r] ?? null}
        r={r}
        y={y[r]!}
        slots={slots[r]!}
        sizes={sizes}
        x={x}
        width={width}
        height={height}
        labelled={labelled}
        metric={metric}
        colour={colour}
        patterns={patterns}
      />,
    );
  }
  return <g className="sweep-cells">{cells}</g>;
});

/** A new grid's cells are first drawn this many at a time, one batch a frame. */
export const CELLS_PER_FRAME = 1024;

/**
 * How many rows (from the top) of a new grid are drawn: a frame's worth at first, then one
 * more batch each frame, so a 64 × 64 grid appears over four frames rather than in one long
 * task that would hold up clicks. A grid of up to CELLS_PER_FRAME cells is drawn at once.
 */
function useRowsShown(slots: readonly number[], sizes: readonly number[]): number {
  const clock = usePageClock();
  const perFrame = Math.max(1, Math.floor(CELLS_PER_FRAME / Math.max(1, sizes.length)));
  const [shown, setShown] = useState({ slots, sizes, rows: Math.min(slots.length, perFrame) });
  let rows = shown.rows;
  if (shown.slots !== slots || shown.sizes !== sizes) {
    // Another grid: start again from one batch (state derived while rendering, as React allows).
    rows = Math.min(slots.length, perFrame);
    setShown({ slots, sizes, rows });
  }
  useEffect(() => {
    if (rows >= slots.length) return;
    return clock.frame(() =>
      setShown((s) => (s.slots === slots ? { ...s, rows: Math.min(slots.length, s.rows + perFrame) } : s)),
    );
  }, [clock, rows, slots, perFrame]);
  return rows;
}

interface RowProps {
  row: readonly EarlyOutcome[] | null;
  r: number;
  y: number;
  slots: number;
  sizes: readonly number[];
  x: readonly number[];
  width: number;
  height: number;
  labelled: boolean;
  metric: SweepMetric;
  colour: (value: number) => string;
  patterns: { none: string; noBuild: string };
}

/** One earlySlots row of cells; a fragment, so the markup is the same as one flat list of cells. */
const HeatRow = memo(function HeatRow({
  row,
  r,
  y,
  slots,
  sizes,
  x,
  width,
  height,
  labelled,
  metric,
  colour,
  patterns,
}: RowProps) {
  const cells = [];
  for (let c = 0; c < sizes.length; c++) {
    const outcome = row?.[c];
    const key = `${r}-${c}`;
    const common = {
      x: x[c],
      y,
      width,
      height,
      'data-row': r,
      'data-col': c,
      'data-slots': slots,
      'data-size': sizes[c],
    };
    if (!outcome) {
      cells.push(<rect key={key} {...common} className="sweep-cell pending" data-value="pending" />);
      continue;
    }
    const value = metricValue(outcome, metric);
    const text = valueText(value);
    const fill =
      value.kind === 'value' ? colour(value.value) : value.kind === 'none' ? patterns.none : patterns.noBuild;
    const attrs = { ...common, className: `sweep-cell ${value.kind}`, fill, 'data-value': text };
    // A cell too small for a label is a bare rect: half the elements for a large grid to style and paint.
    if (!labelled) {
      cells.push(<rect key={key} {...attrs} />);
      continue;
    }
    cells.push(
      <g key={key}>
        <rect {...attrs} />
        <text
          x={x[c]! + width / 2}
          y={y + height / 2}
          className="sweep-cell-label"
          fill={value.kind === 'value' ? inkFor(fill) : 'currentColor'}
          aria-hidden="true"
        >
          {SHORT[text] ?? text}
        </text>
      </g>,
    );
  }
  return <>{cells}</>;
});
