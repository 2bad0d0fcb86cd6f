import { describe, expect, it } from 'vitest';
import { alloc, EXAMPLE_5_CONFIG, free, mark, scenarioOf } from '../editing/testOps';
import { presetById } from '../scenario/presets';
import { selectCanRedo, selectCanUndo, selectEditTarget, selectSkipped, selectUndoLabel } from './editSlice';
import { createExplorerStore } from './explorerStore';
import { selectEngineState } from './selectors';

/** allocator.md Example 5: in this config the dynamic area of chunk 1 starts at 49152. */
function storeWith(ops = [alloc(2, 1, 'a0'), alloc(4, 4, 'a1'), mark('m')], step = 0) {
  const store = createExplorerStore();
  store.getState().loadScenario(scenarioOf(ops), { history: 'reset', presetId: null, step });
  return store;
}

describe('edit slice', () => {
  it('inserts at the current step, runs the new op and makes it current', () => {
    const store = storeWith(undefined, 2);
    expect(store.getState().applyOpEdit({ kind: 'insert', index: 2, ops: [alloc(8, 8, 'new')] })).toBe(true);
    const s = store.getState();
    expect(s.scenario.ops).toHaveLength(4);
    expect(s.step).toBe(3);
    expect(selectEditTarget(s)).toBe(2);
    // Example 5: after a0 (2 B) and a1 (4 B at 49156) the next 8-aligned free byte is 49160.
    expect(selectEngineState(s)!.live.get(2)).toEqual({ chunk: 1, offset: 49160 });
    expect(s.presetId).toBeNull();
    expect(s.editNotice).toEqual({ tone: 'done', text: 'Done: insert alloc 8 B align 8 at ops[2].' });
  });

  it('undo and redo restore scenario, step and skips', () => {
    const store = storeWith(undefined, 1);
    const original = store.getState().scenario;
    store.getState().applyOpEdit({ kind: 'delete', index: 0 });
    expect(store.getState().scenario.ops).toEqual([alloc(4, 4, 'a1'), mark('m')]);
    expect(store.getState().step).toBe(0);
    expect(selectUndoLabel(store.getState())).toBe('delete ops[0] alloc 2 B align 1');
    store.getState().undoEdit();
    expect(store.getState().scenario).toBe(original);
    expect(store.getState().step).toBe(1);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(selectCanRedo(store.getState())).toBe(true);
    store.getState().redoEdit();
    expect(store.getState().scenario.ops).toHaveLength(2);
    expect(store.getState().editNotice?.text).toBe('Redone: delete ops[0] alloc 2 B align 1.');
  });

  it('a refused edit changes nothing and says why', () => {
    const store = storeWith([alloc(8), free(0)], 2);
    const before = store.getState().scenario;
    expect(store.getState().applyOpEdit({ kind: 'move', index: 1, by: -1 })).toBe(false);
    const s = store.getState();
    expect(s.scenario).toBe(before);
    expect(s.step).toBe(2);
    expect(s.editNotice?.tone).toBe('refused');
    expect(s.editNotice?.text).toContain('would run before ops[0]');
    expect(selectCanUndo(s)).toBe(false);
  });

  it('skipping keeps the ops, reruns the boot without the op, and is undoable', () => {
    const store = storeWith(undefined, 2);
    const ops = store.getState().scenario.ops;
    store.getState().toggleSkip(0);
    let s = store.getState();
    expect(s.scenario.ops).toBe(ops);
    expect([...selectSkipped(s)]).toEqual([0]);
    expect(s.timeline.ops[0]).toEqual(mark('skipped: alloc 2 B align 1'));
    // Without a0, a1 takes the start of the dynamic area (Example 5: 49152 is 4-aligned).
    expect(selectEngineState(s)!.live.get(1)).toEqual({ chunk: 1, offset: 49152 });
    expect(s.step).toBe(2);
    store.getState().undoEdit();
    s = store.getState();
    expect(s.skipped.size).toBe(0);
    expect(selectEngineState(s)!.live.get(1)).toEqual({ chunk: 1, offset: 49156 });
  });

  it('skips follow their op through edits', () => {
    const store = storeWith(undefined, 0);
    store.getState().toggleSkip(1);
    store.getState().applyOpEdit({ kind: 'insert', index: 0, ops: [mark('first')] });
    const s = store.getState();
    expect([...s.skipped]).toEqual([2]);
    expect(s.timeline.ops[2]).toEqual(mark('skipped: alloc 4 B align 4'));
  });

  it('keeps the selected allocation selected under its new index', () => {
    const store = storeWith(undefined, 3);
    store.getState().select(1);
    store.getState().applyOpEdit({ kind: 'insert', index: 0, ops: [mark('first')] });
    expect(store.getState().selectedAlloc).toBe(2);
  });

  it('a config change from elsewhere is undoable and keeps the skips', () => {
    const store = storeWith(undefined, 2);
    store.getState().toggleSkip(0);
    const before = store.getState().scenario;
    const config = { ...EXAMPLE_5_CONFIG, earlyAlloc: false };
    // The config form re-parses the scenario, so the ops arrive as a new but equal array.
    store.getState().loadScenario({ ...before, config, ops: before.ops.map((op) => ({ ...op })) }, { history: 'record' });
    let s = store.getState();
    expect([...s.skipped]).toEqual([0]);
    expect(s.timeline.ops[0]!.op).toBe('mark');
    expect(selectUndoLabel(s)).toBe('config change');
    store.getState().undoEdit();
    s = store.getState();
    expect(s.scenario).toBe(before);
    expect([...s.skipped]).toEqual([0]);
  });

  it('loading a preset clears the skips and can be undone', () => {
    const store = storeWith(undefined, 2);
    store.getState().toggleSkip(0);
    const preset = presetById('early-slot-exhaustion')!;
    store.getState().loadScenario(preset.scenario, { history: 'record', presetId: preset.id, step: 0 });
    expect(store.getState().skipped.size).toBe(0);
    expect(store.getState().timeline.ops).toBe(preset.scenario.ops);
    expect(selectUndoLabel(store.getState())).toBe('load preset early-slot-exhaustion');
    store.getState().undoEdit();
    expect(store.getState().presetId).toBeNull();
    expect([...store.getState().skipped]).toEqual([0]);
    expect(store.getState().step).toBe(2);
  });

  it('caps the history at 200 entries', () => {
    const store = storeWith(undefined, 0);
    for (let i = 0; i < 205; i++) store.getState().toggleSkip(2);
    expect(store.getState().editHistory.past).toHaveLength(200);
  });
});
