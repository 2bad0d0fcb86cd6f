import { useMemo, useState, type MouseEvent } from 'react';
import { failingSide, FLAG_NAMES, flagRuns, STEP_DIFFERENT, type Divergence } from '../../compare';
import { useElementWidth } from '../shared/useElementWidth';

const LANE = 12;
const TOP = 8;
const HEIGHT = TOP + 2 * LANE + 2;
const MIN_RECT_PX = 2;

interface StripProps {
  diff: Divergence;
  /** Stepper positions 0..positions-1 are drawn (position k shows op k - 1). */
  positions: number;
  step: number;
  onPick: (step: number) => void;
}

/**
 * Every stepper position as a thin cell, in two lanes: the current scenario above, the compared
 * configuration below. A one-sided failure (or a step a crashed side never ran) is drawn in the
 * lane of the side it concerns; steps whose outcomes merely differ are shaded across both lanes.
 * A click moves the stepper. The same steps are listed as buttons beside it for keyboard users.
 */
export function DivergenceStrip({ diff, positions, step, onPick }: StripProps) {
  const [node, setNode] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(node);
  const runs = useMemo(() => flagRuns(diff.flags), [diff]);
  const cell = width / Math.max(1, positions);
  const x = (position: number) => position * cell;

  const pick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const position = Math.floor(((e.clientX - box.left) / Math.max(1, box.width)) * positions);
    onPick(Math.max(0, Math.min(positions - 1, position)));
  };

  return (
    <div className="compare-strip" ref={setNode}>
      {width > 0 && (
        <svg
          width={width}
          height={HEIGHT}
          data-testid="divergence-strip"
          role="img"
          aria-label={`All ${positions} steps: ${diff.oneSidedFailures} where exactly one side fails`}
          onClick={pick}
        >
          <rect className="compare-strip-bg" x={0} y={TOP} width={width} height={2 * LANE} />
          {runs.map((run) => {
            // Op i is shown at stepper position i + 1.
            const x0 = x(run.from + 1);
            const w = Math.max(MIN_RECT_PX, x(run.to + 2) - x0);
            const side = failingSide(run.flag);
            const y = side === 'right' ? TOP + LANE : TOP;
            const h = run.flag === STEP_DIFFERENT ? 2 * LANE : LANE;
            return (
              <rect
                key={`${run.from}-${run.flag}`}
                className={`compare-flag compare-flag-${FLAG_NAMES[run.flag]}`}
                data-flag={FLAG_NAMES[run.flag]}
                data-from={run.from + 1}
                data-to={run.to + 1}
                x={x0}
                y={y}
                width={w}
                height={h}
              >
                <title>{`Steps ${run.from + 1}–${run.to + 1}: ${FLAG_TEXT[FLAG_NAMES[run.flag]] ?? ''}`}</title>
              </rect>
            );
          })}
          {diff.firstView !== null && (
            <path
              className="compare-strip-divergence"
              data-testid="divergence-mark"
              data-step={diff.firstView}
              d={`M${x(diff.firstView) + cell / 2 - 5},0 h10 l-5,${TOP - 1} z`}
            >
              <title>{`First divergence: step ${diff.firstView}`}</title>
            </path>
          )}
          <line
            className="compare-strip-now"
            x1={x(step) + cell / 2}
            x2={x(step) + cell / 2}
            y1={TOP - 2}
            y2={HEIGHT}
          />
        </svg>
      )}
    </div>
  );
}

export const FLAG_TEXT: Record<string, string> = {
  different: 'both sides ran the op; the outcomes differ',
  'left-fails': 'the current scenario fails, the compared configuration does not',
  'right-fails': 'the compared configuration fails, the current scenario does not',
  'left-missing': 'the current scenario’s kernel no longer runs',
  'right-missing': 'the compared configuration’s kernel no longer runs',
};
