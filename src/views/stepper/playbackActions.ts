import type { StoreApi } from 'zustand/vanilla';
import { SPEEDS } from '../../store/playbackSlice';
import type { ExplorerState } from '../../store/types';
import { lastBefore, nextAfter, stepMarkers } from '../../model/stepMarkers';

type Store = StoreApi<ExplorerState>;

/** What the buttons and the keyboard do; one place so both behave the same. */

/** A manual move pauses playback first, so the step the person chose stays put. */
export function goTo(store: Store, step: number | null): void {
  if (step === null) return;
  const s = store.getState();
  if (s.playing) s.setPlaying(false);
  s.setStep(step);
}

export const stepBy = (store: Store, delta: number) => goTo(store, store.getState().step + delta);
export const toFirst = (store: Store) => goTo(store, 0);
export const toLast = (store: Store) => goTo(store, store.getState().timeline.length);

export function togglePlay(store: Store): void {
  const s = store.getState();
  if (s.timeline.length === 0) return;
  s.setPlaying(!s.playing);
}

/** Moves the speed one notch along SPEEDS. */
export function changeSpeed(store: Store, direction: 1 | -1): void {
  const s = store.getState();
  let at = SPEEDS.findIndex((v) => v >= s.speed);
  if (at < 0) at = SPEEDS.length - 1;
  const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, at + direction))]!;
  s.setSpeed(next);
}

/** `[` / `]`: the previous or next failure, warning or bookmark. */
export function toEvent(store: Store, direction: 1 | -1): void {
  const { timeline, step } = store.getState();
  const { events } = stepMarkers(timeline);
  goTo(store, direction > 0 ? nextAfter(events, step) : lastBefore(events, step));
}

/** The previous or next failure or warning. */
export function toProblem(store: Store, direction: 1 | -1): void {
  const { timeline, step } = store.getState();
  const { problems } = stepMarkers(timeline);
  goTo(store, direction > 0 ? nextAfter(problems, step) : lastBefore(problems, step));
}

export function toSlabOnline(store: Store): void {
  goTo(store, stepMarkers(store.getState().timeline).slabOnline);
}
