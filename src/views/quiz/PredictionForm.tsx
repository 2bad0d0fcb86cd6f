import type { FormEvent } from 'react';
import type { PredictionDraft, Question } from '../../quiz';

export interface FormState {
  draft: PredictionDraft;
  /** The student chose "another offset" and types it. */
  otherOffset: boolean;
}

interface Props {
  question: Question;
  form: FormState;
  onChange: (form: FormState) => void;
  onReveal: () => void;
  problem: string | null;
  revealed: boolean;
}

/** The student's prediction: succeeds (which chunk, which offset) or fails (why). */
export function PredictionForm({ question, form, onChange, onReveal, problem, revealed }: Props) {
  const { draft, otherOffset } = form;
  const name = `quiz-${question.step}`;
  const set = (patch: Partial<PredictionDraft>, other = otherOffset) =>
    onChange({ draft: { ...draft, ...patch }, otherOffset: other });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onReveal();
  };
  return (
    <form className="quiz-form" onSubmit={submit} aria-label="Your prediction">
      <fieldset disabled={revealed}>
        <legend>Does op #{question.step} succeed?</legend>
        <label>
          <input
            type="radio"
            name={`${name}-outcome`}
            checked={draft.outcome === 'success'}
            onChange={() => set({ outcome: 'success' })}
          />{' '}
          It succeeds
        </label>
        <label>
          <input
            type="radio"
            name={`${name}-outcome`}
            checked={draft.outcome === 'failure'}
            onChange={() => set({ outcome: 'failure' })}
          />{' '}
          It fails
        </label>
      </fieldset>

      {draft.outcome === 'success' && (
        <>
          <fieldset disabled={revealed}>
            <legend>In which chunk?</legend>
            {question.chunkChoices.map((c) => (
              <label key={String(c.value)}>
                <input
                  type="radio"
                  name={`${name}-chunk`}
                  checked={draft.chunk === c.value}
                  onChange={() => set({ chunk: c.value })}
                />{' '}
                {c.label}
              </label>
            ))}
          </fieldset>
          <fieldset disabled={revealed}>
            <legend>At which offset?</legend>
            {question.offsetChoices.map((offset) => (
              <label key={offset}>
                <input
                  type="radio"
                  name={`${name}-offset`}
                  checked={!otherOffset && draft.offsetText === String(offset)}
                  onChange={() => set({ offsetText: String(offset) }, false)}
                />{' '}
                {offset}
              </label>
            ))}
            <label>
              <input
                type="radio"
                name={`${name}-offset`}
                checked={otherOffset}
                onChange={() => set({ offsetText: '' }, true)}
              />{' '}
              Another offset:
            </label>{' '}
            <input
              type="text"
              inputMode="numeric"
              className="quiz-offset-input"
              aria-label="Another offset in bytes"
              value={otherOffset ? draft.offsetText : ''}
              onChange={(e) => set({ offsetText: e.target.value }, true)}
            />
          </fieldset>
        </>
      )}

      {draft.outcome === 'failure' && (
        <fieldset disabled={revealed}>
          <legend>Why does it fail?</legend>
          {question.reasonChoices.map((r) => (
            <label key={r.value} className="quiz-reason">
              <input
                type="radio"
                name={`${name}-reason`}
                checked={draft.reason === r.value}
                onChange={() => set({ reason: r.value })}
              />{' '}
              {r.label} <span className="muted">(“{r.value}”)</span>
            </label>
          ))}
        </fieldset>
      )}

      {problem && (
        <p className="quiz-problem" role="alert">
          {problem}
        </p>
      )}
      {!revealed && <button type="submit">Reveal</button>}
    </form>
  );
}
