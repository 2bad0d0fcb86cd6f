import { memo } from 'react';
import { metricValue, type EarlyOutcome, type SweepMetric } from '../../analysis';
import { inkFor } from './heatmapScales';
import { valueText } from './sweepText';

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
  const cells = [];
  for (let r = 0; r < slots.length; r++) {
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
