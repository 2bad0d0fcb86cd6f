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

/** The coloured rects, drawn once per result or metric change (hover state lives elsewhere). */
export const HeatCells = memo(function HeatCells({ rows, slots, sizes, metric, geometry, colour, patterns }: Props) {
  const { x, y, width, height } = geometry;
  const labelled = width >= 30 && height >= 15;
  const cells = [];
  for (let r = 0; r < slots.length; r++) {
    const row = rows[r];
    for (let c = 0; c < sizes.length; c++) {
      const outcome = row?.[c];
      const key = `${r}-${c}`;
      const common = {
        x: x[c],
        y: y[r],
        width,
        height,
        'data-row': r,
        'data-col': c,
        'data-slots': slots[r],
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
      cells.push(
        <g key={key}>
          <rect {...common} className={`sweep-cell ${value.kind}`} fill={fill} data-value={text} />
          {labelled && (
            <text
              x={x[c]! + width / 2}
              y={y[r]! + height / 2}
              className="sweep-cell-label"
              fill={value.kind === 'value' ? inkFor(fill) : 'currentColor'}
              aria-hidden="true"
            >
              {SHORT[text] ?? text}
            </text>
          )}
        </g>,
      );
    }
  }
  return <g className="sweep-cells">{cells}</g>;
});
