import type { StoreApi } from 'zustand/vanilla';
import type { PageClock } from '../../store/clock';
import type { ExplorerState } from '../../store/types';

/** The cancel of the run in progress: a new stop replaces it. */
let cancelRunning = () => {};

/**
 * Moves the view to `target` in a few frames, so a class sees the boot run forward to the stop
 * rather than a jump (at most ~0.4 s; at once when the user asked for reduced motion).
 */
export function animateTo(store: StoreApi<ExplorerState>, target: number, clock: PageClock): void {
  cancelRunning();
  const s = store.getState();
  if (s.playing) s.setPlaying(false);
  const from = s.step;
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (reduced || Math.abs(target - from) <= 1) {
    s.setStep(target);
    return;
  }
  const frames = Math.min(24, Math.abs(target - from));
  let frame = 0;
  const tick = () => {
    frame++;
    store.getState().setStep(Math.round(from + ((target - from) * frame) / frames));
    if (frame < frames) cancelRunning = clock.frame(tick);
  };
  cancelRunning = clock.frame(tick);
}
