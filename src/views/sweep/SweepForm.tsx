import { useId, type FormEvent } from 'react';
import { SWEEP_METRICS, type SweepMetric } from '../../analysis';
import { selectScenario, selectTimeline } from '../../store/selectors';
import { useExplorer, useExplorerStore } from '../storeContext';
import { AXES, checkDraft, PART_LABELS, type RangeFieldId } from '../../sweep';
import { selectSweep } from '../../store/sweepSlice';

/** Ranges, metric and Run / Cancel. Each problem is shown next to its field, naming it. */
export function SweepForm() {
  const scenario = useExplorer(selectScenario);
  // The ops the timeline runs: skipped ops are not part of the what-if either.
  const runOps = useExplorer(selectTimeline).ops;
  const { draft, metric, status } = useExplorer(selectSweep);
  const {
    setSweepDraftField: setDraftField,
    setSweepMetric: setMetric,
    startSweep: start,
    cancelSweep: cancel,
  } = useExplorerStore().getState();
  const baseId = useId();
  const check = checkDraft(draft);
  const running = status === 'running';

  const run = (e: FormEvent) => {
    e.preventDefault();
    if (check.ok && !running) start(scenario, runOps, check.slots, check.sizes);
  };

  return (
    <form className="sweep-form" onSubmit={run} noValidate aria-label="Sweep ranges">
      {AXES.map((axis) => (
        <fieldset key={axis.id} className="sweep-axis">
          <legend>
            {axis.label} <span className="sweep-unit">({axis.unit})</span>
          </legend>
          {(['from', 'to', 'step'] as const).map((part) => {
            const id: RangeFieldId = `${axis.id}-${part}`;
            const inputId = `${baseId}-${id}`;
            const error = check.ok ? undefined : check.errors[id];
            return (
              <div key={id} className={`sweep-field${error ? ' invalid' : ''}`}>
                <label htmlFor={inputId}>
                  <span className="visually-hidden">{axis.label} </span>
                  {PART_LABELS[part]}
                </label>
                <input
                  id={inputId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  value={draft[id]}
                  onChange={(e) => setDraftField(id, e.target.value)}
                  aria-invalid={error !== undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                />
                {error && (
                  <span className="sweep-field-error" id={`${inputId}-error`}>
                    <span aria-hidden="true">✖ </span>
                    {error}
                  </span>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="sweep-controls">
        <label>
          Metric{' '}
          <select value={metric} onChange={(e) => setMetric(e.target.value as SweepMetric)}>
            {SWEEP_METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!check.ok || running}>
          Run sweep
        </button>
        {running && (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        )}
        <span className="sweep-size" role="status">
          {check.ok
            ? `${check.slots.length} × ${check.sizes.length} = ${check.slots.length * check.sizes.length} configurations`
            : 'Fix the marked fields to run.'}
        </span>
      </div>
      {!scenario.config.earlyAlloc && (
        <p className="sweep-note">
          The current scenario uses the pre-change allocator, which ignores earlySlots and earlySize: every cell will
          show the same numbers.
        </p>
      )}
    </form>
  );
}
