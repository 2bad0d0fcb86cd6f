import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo, type HistoryLimits } from './history';

const LIMITS: HistoryLimits<string> = { maxEntries: 3, maxWeight: 100, weight: (s) => s.length };

describe('history', () => {
  it('undo restores the state before each edit and redo the state right after it', () => {
    let h = record(emptyHistory<string>(), 'first', 'a', 'b', LIMITS);
    h = record(h, 'second', 'b', 'c', LIMITS);
    const u = undo(h);
    expect(u).toMatchObject({ restore: 'b', label: 'second' });
    const u2 = undo(u!.history);
    expect(u2).toMatchObject({ restore: 'a', label: 'first' });
    expect(undo(u2!.history)).toBeNull();
    const r = redo(u2!.history);
    expect(r).toMatchObject({ restore: 'b', label: 'first' });
    const r2 = redo(r!.history);
    expect(r2).toMatchObject({ restore: 'c', label: 'second' });
    expect(redo(r2!.history)).toBeNull();
    expect(r2!.history.past.map((e) => e.label)).toEqual(['first', 'second']);
  });

  it('a new edit after an undo clears the redo stack', () => {
    const h = record(record(emptyHistory<string>(), 'one', 'a', 'b', LIMITS), 'two', 'b', 'c', LIMITS);
    const u = undo(h)!;
    const h2 = record(u.history, 'three', 'b', 'd', LIMITS);
    expect(h2.future).toEqual([]);
    expect(h2.past.map((e) => e.label)).toEqual(['one', 'three']);
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    let h = emptyHistory<string>();
    for (const s of ['a', 'b', 'c', 'd', 'e']) h = record(h, s, s, s, LIMITS);
    expect(h.past.map((e) => e.before)).toEqual(['c', 'd', 'e']);
  });

  it('keeps the total weight under the budget, but always the newest entry', () => {
    let h = record(emptyHistory<string>(), 'small', 'x'.repeat(40), '', LIMITS);
    h = record(h, 'small2', 'y'.repeat(40), '', LIMITS);
    expect(h.past).toHaveLength(2);
    h = record(h, 'big', 'z'.repeat(70), '', LIMITS);
    // 70 + 40 > 100: only the newest fits.
    expect(h.past.map((e) => e.label)).toEqual(['big']);
    h = record(h, 'huge', 'w'.repeat(500), '', LIMITS);
    expect(h.past.map((e) => e.label)).toEqual(['huge']);
  });
});
