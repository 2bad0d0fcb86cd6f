import { describe, expect, it } from 'vitest';
import { slotsAndReclaim } from '../scenario/presets/slotsAndReclaim';
import { createExplorerStore } from './explorerStore';

describe('setStep', () => {
  it('shows the timeline’s own state, and keeps the objects of the chunks the step left alone', () => {
    const store = createExplorerStore();
    const { scenario, id } = slotsAndReclaim;
    store.getState().loadScenario(scenario, { history: 'ignore', presetId: id, step: 0 });
    const { timeline } = store.getState();
    // Forward one at a time, then back (a step back rebuilds from a keyframe: fresh objects).
    const steps = [...Array.from({ length: timeline.length }, (_, i) => i + 1), ...[5, 4, 3, 2, 1, 0]];
    for (const step of steps) {
      const before = store.getState().view!.state.chunks;
      store.getState().setStep(step);
      const view = store.getState().view!;
      const own = timeline.view(step);
      expect(view.step).toBe(step);
      expect(view.state).toEqual(own.state);
      expect(view.events).toEqual(own.events);
      for (const chunk of view.state.chunks) {
        const old = before.find((c) => c.id === chunk.id);
        if (old && JSON.stringify(old) === JSON.stringify(chunk)) expect(chunk).toBe(old);
      }
    }
  });
});
