import { describe, expect, it } from 'vitest';
import { alloc, EXAMPLE_5_CONFIG, mark, scenarioOf } from '../editing/testOps';
import { presetById } from '../scenario/presets';
import { selectUndoLabel } from './editSlice';
import { createExplorerStore } from './explorerStore';

const OPS = [alloc(2, 1, 'a0'), alloc(4, 4, 'a1'), mark('m')];

describe('loadScenario says what it does to undo', () => {
  it("'record' makes the load one undoable step, labelled by the caller or by what changed", () => {
    const store = createExplorerStore();
    store.getState().loadScenario(scenarioOf(OPS), { history: 'record', presetId: null, step: 0 });
    expect(selectUndoLabel(store.getState())).toBe('load scenario');
    const preset = presetById('early-slot-exhaustion')!;
    store.getState().loadScenario(preset.scenario, { history: 'record', presetId: preset.id, step: 0 });
    expect(selectUndoLabel(store.getState())).toBe('load preset early-slot-exhaustion');
    store.getState().loadScenario(scenarioOf(OPS), { history: 'record', label: 'open boot.json', step: 0 });
    expect(selectUndoLabel(store.getState())).toBe('open boot.json');
    expect(store.getState().editHistory.past).toHaveLength(3);
  });

  it("'ignore' keeps the history as it was; 'reset' starts with none", () => {
    const store = createExplorerStore();
    store.getState().loadScenario(scenarioOf(OPS), { history: 'record', step: 0 });
    store.getState().loadScenario({ ...scenarioOf(OPS), config: { ...EXAMPLE_5_CONFIG, earlyAlloc: false } }, { history: 'ignore' });
    expect(store.getState().editHistory.past).toHaveLength(1);
    store.getState().loadScenario(scenarioOf(OPS), { history: 'reset', step: 0 });
    expect(store.getState().editHistory.past).toHaveLength(0);
    expect(store.getState().editHistory.future).toHaveLength(0);
  });

  it('sets the timeline, the step and its view in one update', () => {
    const store = createExplorerStore();
    const updates: { step: number; viewStep: number | undefined; ops: number }[] = [];
    store.subscribe((s) => updates.push({ step: s.step, viewStep: s.view?.step, ops: s.timeline.length }));
    store.getState().loadScenario(scenarioOf(OPS), { history: 'reset', step: 2 });
    expect(updates).toEqual([{ step: 2, viewStep: 2, ops: 3 }]);
  });

  it('clamps the step into the new timeline', () => {
    const store = createExplorerStore();
    store.getState().loadScenario(scenarioOf(OPS), { history: 'reset', step: 99 });
    expect(store.getState().step).toBe(3);
    expect(store.getState().view?.step).toBe(3);
  });
});
