import { useMemo } from 'react';
import { configChanges, divergence, resolveCompare, variantName } from '../../compare';
import { runScenario } from '../../model/run';
import { selectScenario, selectStep, selectTimeline, selectView } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import './compare.css';
import { CompareColumns } from './CompareColumns';
import { ComparePicker } from './ComparePicker';
import { selectCompareSpec } from '../../store/compareSlice';
import { DivergencePanel } from './DivergencePanel';
import { flagAt, sideStep } from '../../compare/sideStep';

/**
 * Compare mode: the current scenario (left) beside the same ops on another config (right),
 * both at the shared stepper's position, with the first divergence and where one side fails alone.
 */
export function CompareView() {
  const scenario = useExplorer(selectScenario);
  const left = useExplorer(selectTimeline);
  const step = useExplorer(selectStep);
  const leftView = useExplorer(selectView);
  const spec = useExplorer(selectCompareSpec);

  const resolved = useMemo(() => resolveCompare(spec, scenario.config), [spec, scenario.config]);
  const right = useMemo(
    // Same ops as the left timeline runs (skipped ops included as marks), under the other config.
    () => (resolved.ok ? runScenario(resolved.config, left.ops) : null),
    [resolved, left.ops],
  );
  const diff = useMemo(() => (right ? divergence(left, right) : null), [left, right]);
  const rightStep = right ? Math.min(step, right.length) : 0;
  const rightView = useMemo(
    () => (right && right.setupError === null ? right.view(rightStep) : null),
    [right, rightStep],
  );

  if (!resolved.ok || !right || !diff) {
    return (
      <div className="compare">
        <ComparePicker config={scenario.config} />
        <div className="compare-error" role="alert">
          This comparison cannot be built for the current scenario:
          <ul>
            {(resolved.ok ? [] : resolved.errors).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }

  const changes = configChanges(left.config, right.config);
  const changeText =
    changes.length === 0
      ? 'identical to the current scenario'
      : changes.map((c) => `${c.field} ${c.from} → ${c.to}`).join(', ');
  return (
    <div className="compare">
      <ComparePicker config={scenario.config} />
      <DivergencePanel left={left} right={right} diff={diff} step={step} />
      <CompareColumns
        left={{
          title: 'Current scenario',
          variant: variantName(left.config),
          changes: scenario.title ? `as loaded: ${scenario.title}` : 'as loaded',
          at: sideStep(left, leftView, step),
        }}
        right={{
          title: 'Compared configuration',
          variant: variantName(right.config),
          changes: changeText,
          at: sideStep(right, rightView, step),
        }}
        flag={flagAt(diff, step)}
        step={step}
        ops={scenario.ops}
      />
    </div>
  );
}
