import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState } from '../../store/types';

let running = 0;

/**
 * Moves the view to `target` in a few frames, so a class sees the boot run forward to the stop
 * rather than a jump (at most ~0.4 s; at once when the user asked for reduced motion).
 */
export function animateTo(store: StoreApi<ExplorerState>, target: number): void {
  cancelAnimationFrame(running);
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
    if (frame < frames) running = requestAnimationFrame(tick);
  };
  running = requestAnimationFrame(tick);
}
