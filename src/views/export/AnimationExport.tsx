import { useId, useState } from 'react';
import { selectLength, selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import {
  ANIMATION_FPS,
  checkAnimationRange,
  DEFAULT_FRAMES_PER_STEP,
  type AnimationField,
  type AnimationInput,
} from '../../export/animationRange';
import { webmSupport } from './recordWebm';
import { useAnimationExport } from './useAnimationExport';

const FIELDS: { field: AnimationField; label: string }[] = [
  { field: 'from', label: 'From step' },
  { field: 'to', label: 'To step' },
  { field: 'frames', label: 'Frames per step' },
];

const defaults = (step: number, length: number): AnimationInput => ({
  from: String(step),
  to: String(Math.min(length, step + 5)),
  frames: String(DEFAULT_FRAMES_PER_STEP),
});

/** The chunk maps over a range of steps as a WebM video, with progress and Cancel. */
export function AnimationExport({ open }: { open: boolean }) {
  const step = useExplorer(selectStep);
  const length = useExplorer(selectLength);
  const id = useId();
  const [input, setInput] = useState<AnimationInput>(() => defaults(step, length));
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<AnimationField, string>>>({});
  const { state, start, cancel } = useAnimationExport();
  // Until the person edits the range, each opening of the menu starts it at the current step.
  const [seenOpen, setSeenOpen] = useState(open);
  if (seenOpen !== open) {
    setSeenOpen(open);
    if (open && !touched && state.kind !== 'running') setInput(defaults(step, length));
  }
  const support = webmSupport();
  const running = state.kind === 'running';

  const submit = () => {
    const check = checkAnimationRange(input, length);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    void start(check.from, check.to, check.framesPerStep);
  };

  const progress = state.kind === 'running' ? state.progress : null;
  const share = progress ? (progress.phase === 'render' ? 0 : 0.5) + (0.5 * progress.done) / progress.total : 0;
  return (
    <form
      className="export-animation"
      aria-label="Video of a range of steps"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="export-heading">Chunk maps as a WebM video ({ANIMATION_FPS} frames per second)</p>
      {!support.ok ? (
        <p className="export-message export-error" role="alert" data-testid="webm-unsupported">
          {support.reason}
        </p>
      ) : null}
      <div className="export-fields">
        {FIELDS.map(({ field, label }) => (
          <label key={field} className="export-field">
            {label}
            <input
              type="text"
              inputMode="numeric"
              size={5}
              value={input[field]}
              disabled={running}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
              onChange={(e) => {
                setTouched(true);
                setInput({ ...input, [field]: e.target.value });
              }}
            />
          </label>
        ))}
      </div>
      {FIELDS.map(({ field }) =>
        errors[field] ? (
          <p key={field} id={`${id}-${field}-error`} className="export-message export-error">
            {errors[field]}
          </p>
        ) : null,
      )}
      <div className="export-actions">
        <button type="submit" disabled={running || !support.ok}>
          Record WebM
        </button>
        {running ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {running ? (
        <div className="export-progress" role="status" data-testid="webm-progress">
          <progress max={1} value={share} aria-label="Video export progress" />
          <span>
            {progress === null
              ? 'Starting…'
              : progress.phase === 'render'
                ? `Drawing step ${progress.step} (${progress.done + 1} of ${progress.total})`
                : `Recording step ${progress.step} (${progress.done + 1} of ${progress.total})`}
          </span>
        </div>
      ) : state.message ? (
        <p
          className={state.error ? 'export-message export-error' : 'export-message'}
          role={state.error ? 'alert' : 'status'}
          data-testid="webm-message"
        >
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
