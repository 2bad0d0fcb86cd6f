import { REASON_TEXT } from './reasons';
import type { ChunkPick, Prediction, Question, QuestionScore } from './types';

/**
 * Scoring, 2 points per question:
 * - The op succeeds: 1 point for the right chunk ("a new chunk" when the op creates one), 1 more
 *   for the right offset. The offset counts only with the right chunk, since an offset names a
 *   place inside one chunk. Predicting a failure scores 0.
 * - The op fails: 2 points for "fails" with the right reason, 1 for "fails" with another reason
 *   (the student saw that it cannot succeed), 0 for predicting a success.
 */
export const POINTS_PER_QUESTION = 2;

const chunkWords = (pick: ChunkPick) => (pick === 'new' ? 'a new chunk' : `chunk ${pick}`);

export function scorePrediction(question: Question, prediction: Prediction): QuestionScore {
  const { answer } = question;
  const none = { outcomeRight: false, chunkRight: false, offsetRight: false, reasonRight: false };
  if (answer.kind === 'success') {
    if (prediction.kind === 'failure') {
      return {
        ...none,
        points: 0,
        max: POINTS_PER_QUESTION,
        feedback: [`You predicted a failure (${prediction.reason}), but it succeeds.`],
      };
    }
    const chunkRight = prediction.chunk === answer.chunk;
    const offsetRight = chunkRight && prediction.offset === answer.offset;
    const feedback = [
      chunkRight
        ? `Right chunk: ${chunkWords(answer.chunk)}.`
        : `Wrong chunk: you said ${chunkWords(prediction.chunk)}, it is ${chunkWords(answer.chunk)}.`,
    ];
    if (prediction.offset === null) feedback.push(`No offset given; it is ${answer.offset}.`);
    else if (offsetRight) feedback.push(`Right offset: ${answer.offset}.`);
    else if (!chunkRight && prediction.offset === answer.offset)
      feedback.push(`The offset ${answer.offset} is right, but in another chunk, so it does not count.`);
    else feedback.push(`Wrong offset: you said ${prediction.offset}, it is ${answer.offset}.`);
    return {
      ...none,
      outcomeRight: true,
      chunkRight,
      offsetRight,
      points: (chunkRight ? 1 : 0) + (offsetRight ? 1 : 0),
      max: POINTS_PER_QUESTION,
      feedback,
    };
  }
  if (prediction.kind === 'success') {
    return {
      ...none,
      points: 0,
      max: POINTS_PER_QUESTION,
      feedback: [`You predicted success in ${chunkWords(prediction.chunk)}, but it fails (${answer.reason}).`],
    };
  }
  const reasonRight = prediction.reason === answer.reason;
  return {
    ...none,
    outcomeRight: true,
    reasonRight,
    points: reasonRight ? 2 : 1,
    max: POINTS_PER_QUESTION,
    feedback: reasonRight
      ? [`Right: it fails, ${REASON_TEXT[answer.reason].toLowerCase()}.`]
      : ['Right that it fails, but not why.', `You said “${prediction.reason}”, the kernel says “${answer.reason}”.`],
  };
}

/** A running score over the questions answered so far (each question counted once). */
export interface QuizSession {
  /** Points per answered step. */
  results: ReadonlyMap<number, QuestionScore>;
}

export const emptySession = (): QuizSession => ({ results: new Map() });

/** Adds a scored answer; a step already answered keeps its first score. */
export function recordAnswer(session: QuizSession, step: number, score: QuestionScore): QuizSession {
  if (session.results.has(step)) return session;
  const results = new Map(session.results);
  results.set(step, score);
  return { results };
}

export function sessionTotals(session: QuizSession): { points: number; max: number; answered: number; exact: number } {
  let points = 0;
  let max = 0;
  let exact = 0;
  for (const score of session.results.values()) {
    points += score.points;
    max += score.max;
    if (score.points === score.max) exact++;
  }
  return { points, max, answered: session.results.size, exact };
}
