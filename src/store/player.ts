import type { StoreApi } from 'zustand/vanilla';
import { STEPS_PER_SECOND_AT_1X } from './playbackSlice';
import type { PageClock } from './clock';
import type { ExplorerState } from './types';

/**
 * Advances the store while `playing`: one animation-frame loop, stepping as often as the
 * speed asks, wrapping inside a loop range and stopping at the end. Returns a stop function.
 * Frames come from `clock` so that tests can drive them.
 */
export function startPlayer(store: StoreApi<ExplorerState>, clock: Pick<PageClock, 'frame'>): () => void {
  let cancel = () => {};
  let last = 0;
  let owed = 0;
  const tick = (now: number) => {
    const s = store.getState();
    if (!s.playing) {
      last = 0;
      owed = 0;
      cancel = clock.frame(tick);
      return;
    }
    if (last) owed += ((now - last) / 1000) * s.speed * STEPS_PER_SECOND_AT_1X;
    last = now;
    if (owed >= 1) {
      const steps = Math.floor(owed);
      owed -= steps;
      let next = s.step + steps;
      if (s.loop) {
        const span = s.loop.to - s.loop.from + 1;
        if (next > s.loop.to || next < s.loop.from)
          next = s.loop.from + ((((next - s.loop.from) % span) + span) % span);
        s.setStep(next);
      } else if (next >= s.timeline.length) {
        s.setStep(s.timeline.length);
        s.setPlaying(false);
      } else s.setStep(next);
    }
    cancel = clock.frame(tick);
  };
  cancel = clock.frame(tick);
  return () => cancel();
}
