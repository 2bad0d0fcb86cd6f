import type { StateCreator } from 'zustand';
import { withSharedChunks } from '../model/sharedChunks';
import type { ExplorerState, PlaybackSlice } from './types';

/** Playback speeds offered by the UI, in steps per second at 1× = 2 steps/s. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;
export const STEPS_PER_SECOND_AT_1X = 2;

export const createPlaybackSlice: StateCreator<ExplorerState, [], [], PlaybackSlice> = (set, get) => ({
  step: 0,
  view: null,
  playing: false,
  speed: 1,
  loop: null,
  setStep: (step) => {
    const { timeline, view: prev } = get();
    const target = Math.max(0, Math.min(Math.round(step), timeline.length));
    // Chunks the step did not change keep their objects, so their rows are not redrawn.
    const view = timeline.setupError === null ? withSharedChunks(prev, timeline.view(target)) : null;
    set({ step: target, view });
  },
  setPlaying: (playing) => {
    const { step, timeline, loop } = get();
    // Pressing play at the end starts again from the beginning (or the loop start).
    if (playing && !loop && step >= timeline.length) get().setStep(0);
    set({ playing });
  },
  setSpeed: (speed) => set({ speed: Math.max(SPEEDS[0], Math.min(SPEEDS[SPEEDS.length - 1]!, speed)) }),
  // A loop plays as soon as it is set (from its start when the step is outside it); pausing keeps it.
  setLoop: (loop) => {
    if (!loop) return set({ loop, playing: false });
    const { step } = get();
    if (step < loop.from || step > loop.to) get().setStep(loop.from);
    set({ loop, playing: get().timeline.length > 0 });
  },
});
