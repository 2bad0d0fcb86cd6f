import { useId } from 'react';
import type { OverrideField } from '../../compare';
import type { Config } from '../../engine/types';
import {
  selectCompareDraft,
  selectCompareErrors,
  selectCompareLinkProblems,
} from '../../store/compareSlice';
import { useExplorer, useExplorerStore } from '../storeContext';

const FIELDS: { id: OverrideField; label: string; unit: string }[] = [
  { id: 'earlySlots', label: 'Early slots', unit: 'map entries' },
  { id: 'earlySize', label: 'Early size', unit: 'bytes' },
];

/** Chooses the right-hand side: the same boot with earlyAlloc flipped, or custom early-area values. */
export function ComparePicker({ config }: { config: Config }) {
  const store = useExplorerStore();
  const draft = useExplorer(selectCompareDraft);
  const errors = useExplorer(selectCompareErrors);
  const linkProblems = useExplorer(selectCompareLinkProblems);
  const { setCompareChoice: setChoice, setCompareField: setField } = store.getState();
  const baseId = useId();
  const custom = draft.choice === 'custom';
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form className="compare-picker" aria-label="Comparison" onSubmit={(e) => e.preventDefault()} noValidate>
      {linkProblems.length > 0 && (
        <div className="compare-link-problems" role="alert">
          The link’s comparison was not used:
          <ul>
            {linkProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset>
        <legend>Compare the current scenario with</legend>
        <label className="compare-choice">
          <input type="radio" name={`${baseId}-choice`} checked={!custom} onChange={() => setChoice('flip')} />
          With vs without the change (earlyAlloc)
          <span className="compare-hint"> — the same ops with earlyAlloc {String(!config.earlyAlloc)}</span>
        </label>
        <label className="compare-choice">
          <input type="radio" name={`${baseId}-choice`} checked={custom} onChange={() => setChoice('custom')} />
          Custom early-area values (earlySlots, earlySize)
        </label>
        <div className="compare-fields">
          {FIELDS.map((f) => {
            const inputId = `${baseId}-${f.id}`;
            const error = custom ? errors[f.id] : undefined;
            return (
              <div key={f.id} className={`compare-field${error ? ' invalid' : ''}`}>
                <label htmlFor={inputId}>{f.label}</label>
                <input
                  id={inputId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={String(config[f.id])}
                  value={draft[f.id]}
                  disabled={!custom}
                  onChange={(e) => setField(f.id, e.target.value)}
                  aria-invalid={error !== undefined}
                  aria-describedby={error ? `${inputId}-error` : `${inputId}-hint`}
                />
                <span className="compare-hint" id={`${inputId}-hint`}>
                  {f.unit}; now {config[f.id]}
                </span>
                {error && (
                  <span className="compare-field-error" id={`${inputId}-error`}>
                    <span aria-hidden="true">✖ </span>
                    {error}
                  </span>
                )}
              </div>
            );
          })}
        </div>
        {custom && errors.form && (
          <p className="compare-field-error" role="status">
            {errors.form}
          </p>
        )}
        {custom && hasErrors && (
          <p className="compare-hint" role="status">
            Showing the last valid comparison until the marked fields are fixed.
          </p>
        )}
      </fieldset>
    </form>
  );
}
