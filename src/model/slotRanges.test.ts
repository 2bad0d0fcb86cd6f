import { describe, expect, it } from 'vitest';
import { compactSlots, slotServes, slotServesText } from './slotRanges';

describe('slotServes (allocator.md §5 table)', () => {
  // Example 1: unit 524288, 19 slots.
  const serves = (slot: number) => slotServes(slot, 19, 524288);

  it('slot 0 holds chunks that cannot serve an int', () => {
    expect(serves(0)).toEqual({ kind: 'unusable' });
    expect(slotServesText(serves(0))).toBe('free or contig < 4 bytes');
  });

  it('slot 1 serves 1–15, then one power of two per slot', () => {
    expect(serves(1)).toEqual({ kind: 'sizes', min: 1, max: 15 });
    expect(serves(2)).toEqual({ kind: 'sizes', min: 16, max: 31 });
    expect(serves(9)).toEqual({ kind: 'sizes', min: 2048, max: 4095 });
    expect(serves(11)).toEqual({ kind: 'sizes', min: 8192, max: 16383 });
    expect(serves(12)).toEqual({ kind: 'sizes', min: 16384, max: 32767 });
    expect(slotServesText(serves(12))).toBe('16384–32767 bytes');
  });

  it('caps the top ranges at unitSize − 1 and gives the last slot to fully free chunks', () => {
    // Slot 16 is 2^18 .. 2^19 − 1 = 262144..524287; slot 17 would start at 524288 = the unit.
    expect(serves(16)).toEqual({ kind: 'sizes', min: 262144, max: 524287 });
    expect(serves(17)).toEqual({ kind: 'none' });
    expect(serves(18)).toEqual({ kind: 'fully-free', size: 524288 });
  });

  it('a unit that is not a power of two keeps part of the range (unit 69632, 16 slots)', () => {
    // fls(69632) = 17 → 14 + 2 = 16 slots; slot 14 is 65536..131071, capped to 69631.
    expect(slotServes(14, 16, 69632)).toEqual({ kind: 'sizes', min: 65536, max: 69631 });
  });
});

describe('compactSlots', () => {
  it('keeps non-empty slots and folds empty runs, countable from..to', () => {
    const slots = [[], [], [3], [], [], [], [1, 2], []];
    expect(compactSlots(slots)).toEqual([
      { kind: 'empty', from: 0, to: 1 },
      { kind: 'slot', slot: 2, chunks: [3] },
      { kind: 'empty', from: 3, to: 5 },
      { kind: 'slot', slot: 6, chunks: [1, 2] },
      { kind: 'empty', from: 7, to: 7 },
    ]);
  });

  it('accounts for every slot exactly once', () => {
    const slots = Array.from({ length: 19 }, (_, i) => (i % 5 === 2 ? [i] : []));
    const entries = compactSlots(slots);
    const total = entries.reduce((n, e) => n + (e.kind === 'slot' ? 1 : e.to - e.from + 1), 0);
    expect(total).toBe(19);
  });
});
