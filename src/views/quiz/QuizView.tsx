import { useEffect, useMemo, useState } from 'react';
import type { Timeline } from '../../engine/timeline';
import {
  buildQuestion,
  emptyDraft,
  isQuestionStep,
  nextQuestionStep,
  quizLinkParams,
  readDraft,
  scorePrediction,
  sessionTotals,
  skippedOpsBefore,
  type QuestionScore,
} from '../../quiz';
import { selectQuizSession } from '../../store/quizSlice';
import { selectStep, selectTimeline } from '../../store/selectors';
import { requestWords } from '../../scenario/describeOp';
import { useExplorer, useExplorerStore } from '../storeContext';
import { BeforeState } from './BeforeState';
import { InterestingControls } from './InterestingControls';
import { PredictionForm, type FormState } from './PredictionForm';
import './quiz.css';
import { RevealPanel } from './RevealPanel';

/** The link builder for "start a quiz at step k" (URL wiring lives with the share helpers). */
export { quizLinkParams };

/** One question's work in progress; it belongs to one timeline and step. */
interface Attempt {
  timeline: Timeline;
  step: number;
  form: FormState;
  problem: string | null;
  score: QuestionScore | null;
}

const freshForm = (): FormState => ({ draft: emptyDraft(), otherOffset: false });

/** Quiz mode: predict where the next allocation lands, or why it fails; then see what the kernel did. */
export function QuizView() {
  const store = useExplorerStore();
  const timeline = useExplorer(selectTimeline);
  const step = useExplorer(selectStep);
  const session = useExplorer(selectQuizSession);
  const record = store.getState().recordQuizAnswer;
  const [attempt, setAttempt] = useState<Attempt | null>(null);

  // Self-paced: playback stops. (A `?quiz=1&step=k` or `&lecture=N` link set the step at boot.)
  useEffect(() => store.getState().setPlaying(false), [store]);

  // Only allocations are asked: any other op runs on its own (the note below says which).
  useEffect(() => {
    const { timeline: current, step: at, setStep } = store.getState();
    if (isQuestionStep(current, at)) return;
    const next = nextQuestionStep(current, at);
    if (next !== null) setStep(next);
  }, [store, timeline, step]);

  const question = useMemo(() => buildQuestion(timeline, step), [timeline, step]);
  const totals = sessionTotals(session);
  const current: Attempt =
    attempt && attempt.timeline === timeline && attempt.step === step
      ? attempt
      : { timeline, step, form: freshForm(), problem: null, score: null };
  const nextStep = nextQuestionStep(timeline, step + 1);

  const scoreLine = (
    <p className="quiz-score" data-testid="quiz-score" aria-live="polite">
      Score: {totals.points} of {totals.max} points
      {totals.answered > 0 && ` (${totals.answered} answered, ${totals.exact} exactly right)`}
    </p>
  );

  if (timeline.setupError !== null) {
    return (
      <div className="quiz-view">
        <p role="alert">This configuration does not boot, so there is nothing to predict: {timeline.setupError}</p>
      </div>
    );
  }

  if (!question) {
    const first = nextQuestionStep(timeline, 0);
    const pending = nextQuestionStep(timeline, step);
    return (
      <div className="quiz-view">
        <h2 className="quiz-title">Predict the next allocation</h2>
        {scoreLine}
        {pending !== null ? (
          <p>Moving to the next allocation…</p>
        ) : first === null ? (
          <p>
            This scenario has no allocation that runs, so there is nothing to predict. Pick a preset with allocations.
          </p>
        ) : (
          <>
            <p data-testid="quiz-done">
              No allocations left after step {step}
              {timeline.crashed ? ' (the kernel crashed, so the boot ends here)' : ''}.
            </p>
            <button type="button" onClick={() => store.getState().setStep(first)}>
              Start again from the first allocation
            </button>
          </>
        )}
      </div>
    );
  }

  const skipped = skippedOpsBefore(timeline, step);
  const update = (patch: Partial<Attempt>) => setAttempt({ ...current, ...patch });
  const reveal = () => {
    const read = readDraft(current.form.draft);
    if (!read.ok) {
      update({ problem: read.problem });
      return;
    }
    const score = scorePrediction(question, read.prediction);
    record(step, score);
    update({ problem: null, score });
  };
  const op = question.op;

  return (
    <div className="quiz-view">
      <h2 className="quiz-title">Predict the next allocation</h2>
      {scoreLine}
      {skipped.length > 0 && (
        <p className="quiz-skipped" data-testid="quiz-skipped">
          Ran without a question (not allocations):{' '}
          {skipped
            .slice(-5)
            .map((s) => `op #${s.index} ${requestWords(s.op)}`)
            .join('; ')}
          {skipped.length > 5 ? ` and ${skipped.length - 5} more` : ''}.
        </p>
      )}
      <InterestingControls timeline={timeline} step={step} />
      <p className="quiz-request" data-testid="quiz-request">
        Op #{step}: <strong>{requestWords(op)}</strong>
        {op.label ? <span className="muted user-text"> ({op.label})</span> : null}. Where does it land?
      </p>
      <div className="quiz-columns">
        <BeforeState question={question} />
        <div className="quiz-answer-column">
          <PredictionForm
            question={question}
            form={current.form}
            onChange={(form) => update({ form, problem: null })}
            onReveal={reveal}
            problem={current.problem}
            revealed={current.score !== null}
          />
          {current.score && (
            <RevealPanel
              timeline={timeline}
              question={question}
              score={current.score}
              hasNext={nextStep !== null}
              onNext={() => store.getState().setStep(nextStep ?? timeline.length)}
            />
          )}
        </div>
      </div>
    </div>
  );
}
