import { describe, expect, it } from 'vitest';
import { applyEdit } from './applyEdit';
import { deleteOp, duplicateOp, insertOps, moveOp } from './opEdits';
import { remapStep } from './remap';
import { alloc, free, mark, scenarioOf, slab } from './testOps';

// A: alloc 0, a mark, its free, alloc B at 3, B's free.
const BASE = [alloc(8, 8, 'A'), mark('m'), free(0), alloc(16, 8, 'B'), free(3)];

describe('insertOps', () => {
  it('shifts later ops and renumbers frees that name a shifted alloc', () => {
    const r = insertOps(BASE, 1, [mark('new')]);
    if (!r.ok) throw new Error(r.message);
    // The new mark sits at 1; B moves 3 → 4, so its free now names 4; A's free still names 0.
    expect(r.ops).toEqual([alloc(8, 8, 'A'), mark('new'), mark('m'), free(0), alloc(16, 8, 'B'), free(4)]);
    expect([...r.remap]).toEqual([0, 2, 3, 4, 5]);
    expect(r.focus).toBe(1);
  });

  it('inserting at 0 renumbers every free', () => {
    const r = insertOps(BASE, 0, [alloc(4, 4), alloc(4, 4)]);
    if (!r.ok) throw new Error(r.message);
    expect(r.ops.filter((op) => op.op === 'free')).toEqual([free(2), free(5)]);
    expect(r.focus).toBe(1);
  });

  it('appends at the end and refuses positions outside the list', () => {
    const r = insertOps(BASE, 5, [mark('end')]);
    expect(r.ok && r.ops[5]).toEqual(mark('end'));
    const bad = insertOps(BASE, 6, [mark('x')]);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('outside 0…5');
  });

  it('keeps untouched ops by identity (history snapshots share them)', () => {
    const r = insertOps(BASE, 5, [mark('end')]);
    if (!r.ok) throw new Error(r.message);
    BASE.forEach((op, i) => expect(r.ops[i]).toBe(op));
  });
});

describe('deleteOp', () => {
  it('deleting an alloc also deletes its free, and says so', () => {
    const r = deleteOp(BASE, 0);
    if (!r.ok) throw new Error(r.message);
    expect(r.ops).toEqual([mark('m'), alloc(16, 8, 'B'), free(1)]);
    expect([...r.remap]).toEqual([-1, 0, -1, 1, 2]);
    expect(r.notice).toBe('ops[2] free #0 freed ops[0] alloc 8 B align 8, so it was deleted too.');
  });

  it('deleting a free keeps its alloc (now never freed)', () => {
    const r = deleteOp(BASE, 2);
    if (!r.ok) throw new Error(r.message);
    expect(r.ops).toEqual([alloc(8, 8, 'A'), mark('m'), alloc(16, 8, 'B'), free(2)]);
    expect(r.notice).toBeNull();
  });

  it('deleting a mark renumbers the frees after it', () => {
    const r = deleteOp(BASE, 1);
    expect(r.ok && r.ops).toEqual([alloc(8, 8, 'A'), free(0), alloc(16, 8, 'B'), free(2)]);
  });

  it('refuses an index that is not an op', () => {
    expect(deleteOp(BASE, 5).ok).toBe(false);
    expect(deleteOp(BASE, -1).ok).toBe(false);
    expect(deleteOp(BASE, 1.5).ok).toBe(false);
  });
});

describe('duplicateOp', () => {
  it('puts a copy of an alloc right after it, a new object, and renumbers later frees', () => {
    const r = duplicateOp(BASE, 0);
    if (!r.ok) throw new Error(r.message);
    expect(r.ops).toEqual([alloc(8, 8, 'A'), alloc(8, 8, 'A'), mark('m'), free(0), alloc(16, 8, 'B'), free(4)]);
    expect(r.ops[1]).not.toBe(r.ops[0]);
    expect(r.focus).toBe(1);
  });

  it('a copied free would free twice: applyEdit refuses with the schema words and changes nothing', () => {
    const scenario = scenarioOf(BASE);
    const before = JSON.stringify(scenario);
    const r = applyEdit(scenario, { kind: 'duplicate', index: 2 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('ops[3].alloc: ops[0] is already freed by ops[2]');
    expect(JSON.stringify(scenario)).toBe(before);
  });

  it('a second slab-online is refused by the schema', () => {
    const r = applyEdit(scenarioOf([slab, mark('x')]), { kind: 'duplicate', index: 0 });
    expect(!r.ok && r.message).toContain('ops[1]: slab-online may appear only once (already at ops[0])');
  });
});

describe('moveOp', () => {
  it('swaps neighbours and makes frees follow their alloc', () => {
    const r = moveOp(BASE, 0, 1);
    if (!r.ok) throw new Error(r.message);
    // A goes to 1: its free (at 2) now names 1.
    expect(r.ops).toEqual([mark('m'), alloc(8, 8, 'A'), free(1), alloc(16, 8, 'B'), free(3)]);
    expect(r.focus).toBe(1);
  });

  it('refuses to put a free before the alloc it frees, in either direction', () => {
    const up = moveOp(BASE, 4, -1);
    expect(up.ok).toBe(false);
    expect(!up.ok && up.message).toContain(
      'ops[4] free #3 would run before ops[3] alloc 16 B align 8, the alloc it frees',
    );
    const down = moveOp(BASE, 3, 1);
    expect(down.ok).toBe(false);
  });

  it('a free may move up past other ops, and an alloc down past unrelated frees', () => {
    const r = moveOp(BASE, 2, 1); // A's free moves below B
    expect(r.ok && r.ops).toEqual([alloc(8, 8, 'A'), mark('m'), alloc(16, 8, 'B'), free(0), free(2)]);
  });

  it('refuses moving the first op up or the last one down', () => {
    const first = moveOp(BASE, 0, -1);
    expect(!first.ok && first.message).toContain('already the first op');
    const last = moveOp(BASE, 4, 1);
    expect(!last.ok && last.message).toContain('already the last op');
  });
});

describe('applyEdit', () => {
  it('refuses an inserted op the schema rejects, naming the field', () => {
    const scenario = scenarioOf(BASE);
    const r = applyEdit(scenario, { kind: 'insert', index: 1, ops: [{ op: 'alloc', size: -1, align: 8 }] });
    expect(!r.ok && r.message).toContain('ops[1].size: must be between 0 and 2147483647 (got -1)');
  });

  it('refuses a free that names something other than an alloc', () => {
    const r = applyEdit(scenarioOf(BASE), { kind: 'insert', index: 2, ops: [free(1)] });
    expect(!r.ok && r.message).toContain('ops[2].alloc: ops[1] is not an alloc');
  });

  it('returns a new scenario and leaves the old one as it was', () => {
    const scenario = scenarioOf(BASE);
    const r = applyEdit(scenario, { kind: 'delete', index: 0 });
    expect(r.ok).toBe(true);
    expect(scenario.ops).toHaveLength(5);
    expect(r.ok && r.scenario.config).toBe(scenario.config);
  });
});

describe('remapStep', () => {
  it('counts the ops before the step that survived', () => {
    const r = deleteOp(BASE, 0); // deletes 0 and 2
    if (!r.ok) throw new Error(r.message);
    expect(remapStep(0, r.remap)).toBe(0);
    expect(remapStep(1, r.remap)).toBe(0);
    expect(remapStep(3, r.remap)).toBe(1);
    expect(remapStep(5, r.remap)).toBe(3);
  });
});
