import { interpolateCividis } from 'd3';
import type { SweepMetric } from '../../analysis';
import type { GridSummary } from './sweepText';

const STOPS = [0, 0.25, 0.5, 0.75, 1];

/** Colour ramp with its end values, and the two patterned cell kinds. */
export function HeatLegend({ summary, metric }: { summary: GridSummary; metric: SweepMetric }) {
  const gradient = `linear-gradient(to right, ${STOPS.map((t) => interpolateCividis(t)).join(', ')})`;
  return (
    <div className="sweep-legend" aria-hidden="true">
      {summary.min && summary.max && (
        <span className="sweep-legend-ramp">
          <span>{summary.min.value}</span>
          <span className="sweep-legend-bar" style={{ background: gradient }} />
          <span>{summary.max.value}</span>
        </span>
      )}
      {metric === 'firstEarlyFailure' && (
        <span className="sweep-legend-item">
          <span className="sweep-swatch none" /> no early failure
        </span>
      )}
      <span className="sweep-legend-item">
        <span className="sweep-swatch no-build" /> does not build (earlySlots × 4 &gt; page size)
      </span>
      <span className="sweep-legend-item">
        <span className="sweep-swatch current" /> current scenario
      </span>
    </div>
  );
}
