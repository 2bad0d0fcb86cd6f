import type { StateCreator } from 'zustand';
import { effectiveOps, sameOps } from '../editing';
import { Timeline } from '../engine/timeline';
import type { Scenario } from '../engine/types';
import { DEFAULT_PRESET } from '../scenario/presets';
import type { ExplorerState, ScenarioSlice } from './types';

export const NOTHING_SKIPPED: ReadonlySet<number> = new Set();

/** The timeline the views show: the scenario's ops with skipped ones run as marks. */
export function timelineFor(scenario: Scenario, skipped: ReadonlySet<number>): Timeline {
  const ops = skipped.size > 0 ? effectiveOps(scenario.ops, skipped) : scenario.ops;
  return new Timeline(scenario.config, ops);
}

export const createScenarioSlice: StateCreator<ExplorerState, [], [], ScenarioSlice> = (set, get) => ({
  scenario: DEFAULT_PRESET.scenario,
  presetId: DEFAULT_PRESET.id,
  skipped: NOTHING_SKIPPED,
  timeline: timelineFor(DEFAULT_PRESET.scenario, NOTHING_SKIPPED),
  loadScenario: (scenario, options = {}) => {
    const prev = get();
    // Skips name op indices: they survive a config change, not a different op list.
    const skipped = options.skipped ?? (sameOps(prev.scenario.ops, scenario.ops) ? prev.skipped : NOTHING_SKIPPED);
    const timeline = timelineFor(scenario, skipped);
    const step = Math.min(options.step ?? prev.step, timeline.length);
    const selected = prev.selectedAlloc;
    set({
      scenario,
      skipped,
      timeline,
      presetId: options.presetId === undefined ? prev.presetId : options.presetId,
      // A selection survives a reload only if it still names an alloc op.
      selectedAlloc: selected !== null && scenario.ops[selected]?.op === 'alloc' ? selected : null,
      playing: false,
      loop: null,
    });
    get().setStep(step);
  },
});
