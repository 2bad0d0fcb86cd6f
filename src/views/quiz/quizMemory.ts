import { useState } from 'react';
import type { Timeline } from '../../engine/timeline';
import { emptySession, recordAnswer, type QuestionScore, type QuizSession } from '../../quiz';

/**
 * The session score outlives the quiz view (switching tabs unmounts it) but belongs to one
 * store and one scenario: a new timeline starts a new session.
 */
interface Held {
  timeline: Timeline;
  session: QuizSession;
}
const memory = new WeakMap<object, Held>();
/** Stores whose page URL has already been read for a quiz start. */
const urlRead = new WeakSet<object>();

export function useQuizSession(store: object, timeline: Timeline) {
  const [held, setHeld] = useState<Held>(() => {
    const kept = memory.get(store);
    return kept && kept.timeline === timeline ? kept : { timeline, session: emptySession() };
  });
  const session = held.timeline === timeline ? held.session : emptySession();
  const record = (step: number, score: QuestionScore) => {
    const next = { timeline, session: recordAnswer(session, step, score) };
    memory.set(store, next);
    setHeld(next);
  };
  return { session, record };
}

/** True the first time it is asked for a store, so a page's `?quiz=1&step=k` applies once. */
export function firstUrlRead(store: object): boolean {
  if (urlRead.has(store)) return false;
  urlRead.add(store);
  return true;
}
