import { useMemo } from 'react';
import type { Timeline } from '../../engine/timeline';
import { answerText, summarizeChunks, type Question, type QuestionScore } from '../../quiz';
import { narrate } from '../../narration/narrate';

interface Props {
  timeline: Timeline;
  question: Question;
  score: QuestionScore;
  onNext: () => void;
  hasNext: boolean;
}

/** The answer, how the student did, and what the kernel did, step by step, from the engine's events. */
export function RevealPanel({ timeline, question, score, onNext, hasNext }: Props) {
  const { sentences, after } = useMemo(() => {
    const view = timeline.view(question.step + 1);
    const { answer } = question;
    const chunk =
      answer.kind === 'success' ? (summarizeChunks(view.state).find((c) => c.id === answer.chunkId) ?? null) : null;
    return {
      sentences: narrate({
        step: view.step,
        ops: timeline.ops,
        outcome: view.outcome,
        events: view.events,
        state: view.state,
      }),
      after: chunk,
    };
  }, [timeline, question]);
  const full = score.points === score.max;
  return (
    <section className="quiz-reveal" aria-labelledby="quiz-reveal-title" data-testid="quiz-reveal">
      <h3 id="quiz-reveal-title">Answer</h3>
      <p className="quiz-answer" data-testid="quiz-answer">
        {answerText(question)}
      </p>
      <p className={`quiz-points ${full ? 'full' : score.points > 0 ? 'partial' : 'none'}`} data-testid="quiz-points">
        <span aria-hidden="true">{full ? '✓ ' : '✗ '}</span>
        You get {score.points} of {score.max} points.
      </p>
      <ul className="quiz-feedback">
        {score.feedback.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <h4>Why</h4>
      <ol className="quiz-explanation" data-testid="quiz-explanation">
        {sentences.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      {after && (
        <p className="quiz-after">
          Chunk {after.id} after the op: map <code>{after.mapText}</code>, {after.mapUsed} / {after.mapAlloc} entries,{' '}
          {after.freeSize} bytes free, contig hint {after.contigHint}
          {after.slot === null ? '' : `, slot ${after.slot}`}.
        </p>
      )}
      <button type="button" onClick={onNext} autoFocus>
        {hasNext ? 'Next question' : 'Finish'}
      </button>
    </section>
  );
}
