import { useMemo } from 'react';
import {
  describeWhy,
  FLAG_NAMES,
  flagRuns,
  isOneSided,
  onlyIgnoredFieldsDiffer,
  sameConfig,
  stepName,
  type Divergence,
} from '../../compare';
import type { Timeline } from '../../engine/timeline';
import { goTo } from '../stepper/playbackActions';
import { useExplorerStore } from '../storeContext';
import { DivergenceStrip, FLAG_TEXT } from './DivergenceStrip';

/** At most this many one-sided ranges are listed as buttons; the strip shows them all. */
const MAX_LISTED = 8;

interface PanelProps {
  left: Timeline;
  right: Timeline;
  diff: Divergence;
  step: number;
}

function crashNote(name: string, timeline: Timeline): string | null {
  if (timeline.setupError !== null) return `The ${name} does not boot: ${timeline.setupError}`;
  if (!timeline.crashed) return null;
  return `The ${name}’s kernel crashes at step ${timeline.length} (op ${timeline.length - 1}) and runs nothing after it.`;
}

/** The first divergence (with a jump to it), crashes, and the strip of where one side fails alone. */
export function DivergencePanel({ left, right, diff, step }: PanelProps) {
  const store = useExplorerStore();
  const positions = Math.max(left.length, right.length) + 1;
  const oneSided = useMemo(() => flagRuns(diff.flags).filter((r) => isOneSided(r.flag)), [diff]);
  const first = diff.firstView;

  let summary: string;
  if (first === null) {
    summary = sameConfig(left.config, right.config)
      ? 'The two configurations are identical, so the runs never diverge.'
      : onlyIgnoredFieldsDiffer(left.config, right.config)
        ? 'The runs never diverge: the pre-change allocator ignores earlySlots and earlySize.'
        : 'The runs never diverge: every op has the same outcome and every chunk the same summary (map capacity aside).';
  } else {
    summary = `First divergence at step ${first} (${stepName(first, left.ops)}): ${diff.why ? describeWhy(diff.why) : ''}.`;
  }
  const notes = [crashNote('current scenario', left), crashNote('compared configuration', right)].filter(
    (n): n is string => n !== null,
  );
  if (diff.shorter === 'left' && left.setupError === null) {
    notes.push(
      `The stepper follows the current scenario, which stops at step ${left.length}; the strip shows the compared side’s remaining steps.`,
    );
  }

  return (
    <section className="compare-divergence" aria-label="Divergence">
      <div className="compare-divergence-head">
        <p className="compare-summary" data-testid="divergence-summary">
          {summary}
        </p>
        <button type="button" onClick={() => goTo(store, first)} disabled={first === null}>
          Jump to first divergence
        </button>
        {first !== null && step === first && (
          <span className="compare-here" data-testid="at-divergence">
            ◆ this is the first divergence
          </span>
        )}
      </div>
      {notes.map((n) => (
        <p key={n} className="compare-note">
          {n}
        </p>
      ))}
      <div className="compare-strip-row">
        <div className="compare-lanes" aria-hidden="true">
          <span>current</span>
          <span>compared</span>
        </div>
        <DivergenceStrip diff={diff} positions={positions} step={step} onPick={(k) => goTo(store, k)} />
      </div>
      <div className="compare-ranges">
        <span className="compare-hint">
          {oneSided.length === 0
            ? 'No step where exactly one side fails.'
            : `${diff.oneSidedFailures} ${diff.oneSidedFailures === 1 ? 'op fails' : 'ops fail'} on one side only:`}
        </span>
        {oneSided.slice(0, MAX_LISTED).map((run) => {
          const name = FLAG_NAMES[run.flag];
          const from = run.from + 1;
          const to = run.to + 1;
          return (
            <button
              key={`${run.from}-${name}`}
              type="button"
              className={`compare-range compare-range-${name}`}
              data-flag={name}
              onClick={() => goTo(store, from)}
            >
              {from === to ? `step ${from}` : `steps ${from}–${to}`}: {FLAG_TEXT[name]}
            </button>
          );
        })}
        {oneSided.length > MAX_LISTED && (
          <span className="compare-hint">and {oneSided.length - MAX_LISTED} more ranges (see the strip)</span>
        )}
      </div>
    </section>
  );
}
