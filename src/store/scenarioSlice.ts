import type { StateCreator } from 'zustand';
import { effectiveOps, emptyHistory, record, sameOps } from '../editing';
import { Timeline } from '../engine/timeline';
import type { Scenario } from '../engine/types';
import { DEFAULT_PRESET } from '../scenario/presets';
import { HISTORY_LIMITS, snapshotOf } from './editSnapshot';
import type { ExplorerState, LoadOptions, ScenarioSlice } from './types';

export const NOTHING_SKIPPED: ReadonlySet<number> = new Set();

/** The timeline the views show: the scenario's ops with skipped ones run as marks. */
export function timelineFor(scenario: Scenario, skipped: ReadonlySet<number>): Timeline {
  const ops = skipped.size > 0 ? effectiveOps(scenario.ops, skipped) : scenario.ops;
  return new Timeline(scenario.config, ops);
}

/** The undo label of a load nobody named: a preset, a config change or another scenario. */
function loadLabel(prev: ExplorerState, scenario: Scenario, presetId: string | null): string {
  if (presetId !== null && presetId !== prev.presetId) return `load preset ${presetId}`;
  return sameOps(prev.scenario.ops, scenario.ops) ? 'config change' : 'load scenario';
}

export const createScenarioSlice: StateCreator<ExplorerState, [], [], ScenarioSlice> = (set, get) => ({
  scenario: DEFAULT_PRESET.scenario,
  presetId: DEFAULT_PRESET.id,
  skipped: NOTHING_SKIPPED,
  timeline: timelineFor(DEFAULT_PRESET.scenario, NOTHING_SKIPPED),
  // One `set`: the new timeline never meets the old view, and the state is stepped once.
  loadScenario: (scenario, options: LoadOptions) => {
    const prev = get();
    // Skips name op indices: they survive a config change, not a different op list.
    const skipped = options.skipped ?? (sameOps(prev.scenario.ops, scenario.ops) ? prev.skipped : NOTHING_SKIPPED);
    const timeline = timelineFor(scenario, skipped);
    const step = Math.max(0, Math.min(Math.round(options.step ?? prev.step), timeline.length));
    const presetId = options.presetId === undefined ? prev.presetId : options.presetId;
    const selected = prev.selectedAlloc;
    const history =
      options.history === 'record'
        ? record(
            prev.editHistory,
            options.label ?? loadLabel(prev, scenario, presetId),
            snapshotOf(prev),
            { scenario, skipped, presetId, step },
            HISTORY_LIMITS,
          )
        : options.history === 'reset'
          ? emptyHistory<ReturnType<typeof snapshotOf>>()
          : prev.editHistory;
    set({
      scenario,
      skipped,
      timeline,
      presetId,
      step,
      view: timeline.setupError === null ? timeline.view(step) : null,
      // A selection survives a reload only if it still names an alloc op.
      selectedAlloc: selected !== null && scenario.ops[selected]?.op === 'alloc' ? selected : null,
      playing: false,
      loop: null,
      editHistory: history,
      ...(options.history === 'record' ? { editNotice: null } : {}),
    });
  },
});
