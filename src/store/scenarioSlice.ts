import type { StateCreator } from 'zustand';
import { Timeline } from '../engine/timeline';
import { DEFAULT_PRESET } from '../scenario/presets';
import type { ExplorerState, ScenarioSlice } from './types';

export const createScenarioSlice: StateCreator<ExplorerState, [], [], ScenarioSlice> = (set, get) => ({
  scenario: DEFAULT_PRESET.scenario,
  presetId: DEFAULT_PRESET.id,
  timeline: new Timeline(DEFAULT_PRESET.scenario.config, DEFAULT_PRESET.scenario.ops),
  loadScenario: (scenario, options = {}) => {
    const timeline = new Timeline(scenario.config, scenario.ops);
    const step = Math.min(options.step ?? get().step, timeline.length);
    const selected = get().selectedAlloc;
    set({
      scenario,
      timeline,
      presetId: options.presetId === undefined ? get().presetId : options.presetId,
      // A selection survives a reload only if it still names an alloc op.
      selectedAlloc: selected !== null && scenario.ops[selected]?.op === 'alloc' ? selected : null,
      playing: false,
      loop: null,
    });
    get().setStep(step);
  },
});
