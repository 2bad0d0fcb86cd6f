/** Quiz mode, pure: questions built from a timeline step, predictions, scoring, the quiz link. */
export { summarizeChunks } from './chunkSummary';
export { emptyDraft, readDraft, type PredictionDraft } from './draft';
export { quizLinkParams } from './link';
export { freeAreas, mapText } from './mapText';
export { OFFSET_CHOICES, offsetChoices } from './offsetChoices';
export { answerText, buildQuestion, isQuestionStep, nextQuestionStep, skippedOpsBefore } from './question';
export { FAILURE_REASONS, REASON_TEXT } from './reasons';
export {
  emptySession,
  POINTS_PER_QUESTION,
  recordAnswer,
  scorePrediction,
  sessionTotals,
  type QuizSession,
} from './scoring';
export type { Answer, ChunkPick, ChunkSummary, Prediction, Question, QuestionScore } from './types';
