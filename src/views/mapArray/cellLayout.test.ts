import { describe, expect, it } from 'vitest';
import { cellAt, cellLayout, cellPosition, LABELLED_MAX } from './cellLayout';

describe('cellLayout', () => {
  it('prints values up to 256 entries and wraps 128 of them into full rows', () => {
    const l = cellLayout(128, 720);
    expect(l.labelled).toBe(true);
    // (720 − 34) / (50 + 2) = 13 cells a row → 10 rows for 128 entries.
    expect(l.perRow).toBe(13);
    expect(l.rows).toBe(10);
    expect(cellLayout(LABELLED_MAX + 1, 720).labelled).toBe(false);
  });

  it('finds the cell under a point, and none in the gutter or past the last row', () => {
    const l = cellLayout(2048, 720);
    const p = cellPosition(l, 700);
    expect(cellAt(l, p.x + 1, p.y + 1)).toBe(700);
    expect(cellAt(l, 5, p.y + 1)).toBeNull();
    expect(cellAt(l, p.x + 1, l.height + 50)).toBeNull();
  });
});
