import { useMemo } from 'react';
import { selectStep, selectTimeline } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { describeOp } from '../../scenario/describeOp';
import { describeResult, opLabel } from '../../model/opDescription';
import { stepMarkers } from '../../model/stepMarkers';

/** One line under the bar: which op produced the state on screen, and how it went. */
export function CurrentOp() {
  const step = useExplorer(selectStep);
  const timeline = useExplorer(selectTimeline);
  const warnings = useMemo(() => new Set(stepMarkers(timeline).warnings), [timeline]);
  if (step === 0) {
    return <p className="current-op">Step 0: the state right after setup, before any op.</p>;
  }
  const index = step - 1;
  const op = timeline.ops[index]!;
  const result = describeResult(timeline, index, warnings.has(step));
  const label = opLabel(op);
  return (
    <p className={`current-op status-${result.status}`} data-testid="current-op">
      {/* Say why the numbers differ by one: ops count from #0, and step 0 is the setup. */}
      Step {step} shows the state after op #{index} (ops count from #0; step 0 is setup): {describeOp(op)}
      {label && <span className="op-label"> ({label})</span>}{' '}
      {result.status === 'failed' && <span aria-hidden="true">✖ </span>}
      {result.status === 'warned' && <span aria-hidden="true">⚠ </span>}
      {result.text}
      {timeline.crashed && step === timeline.length && ' — the boot ends here'}
    </p>
  );
}
