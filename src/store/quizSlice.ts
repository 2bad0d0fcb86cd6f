import type { StateCreator } from 'zustand';
import type { Timeline } from '../engine/timeline';
import { emptySession, recordAnswer, type QuestionScore, type QuizSession } from '../quiz';
import type { ExplorerState } from './types';

/** Quiz mode's score: it outlives the quiz view, and belongs to one timeline (a new one starts afresh). */
export interface QuizSlice {
  quiz: { timeline: Timeline | null; session: QuizSession };
  /** Scores an answer at `step` of the current timeline; a step already answered keeps its first score. */
  recordQuizAnswer: (step: number, score: QuestionScore) => void;
}

const NO_ANSWERS = emptySession();

export const createQuizSlice: StateCreator<ExplorerState, [], [], QuizSlice> = (set, get) => ({
  quiz: { timeline: null, session: NO_ANSWERS },
  recordQuizAnswer: (step, score) => {
    const { quiz, timeline } = get();
    const session = quiz.timeline === timeline ? quiz.session : NO_ANSWERS;
    set({ quiz: { timeline, session: recordAnswer(session, step, score) } });
  },
});

/** The session of the timeline on screen (stable while nothing is answered). */
export const selectQuizSession = (s: ExplorerState): QuizSession =>
  s.quiz.timeline === s.timeline ? s.quiz.session : NO_ANSWERS;
