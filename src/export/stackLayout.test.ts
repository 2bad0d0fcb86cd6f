import { describe, expect, it } from 'vitest';
import {
  BLOCK_GAP,
  EXPORT_PADDING,
  evenPixels,
  groupLines,
  HEADER_HEIGHT,
  MIN_CONTENT_WIDTH,
  rasterScale,
  stackBlocks,
} from './stackLayout';

describe('stackBlocks', () => {
  it('puts blocks one under another with a gap, under the caption', () => {
    const s = stackBlocks([
      { width: 600, height: 20 },
      { width: 640, height: 60 },
      { width: 500, height: 60 },
    ]);
    expect(s.positions).toEqual([
      { x: EXPORT_PADDING, y: HEADER_HEIGHT },
      { x: EXPORT_PADDING, y: HEADER_HEIGHT + 20 + BLOCK_GAP },
      { x: EXPORT_PADDING, y: HEADER_HEIGHT + 20 + BLOCK_GAP + 60 + BLOCK_GAP },
    ]);
    expect(s.width).toBe(640 + 2 * EXPORT_PADDING);
    expect(s.height).toBe(HEADER_HEIGHT + 20 + 60 + 60 + 2 * BLOCK_GAP + EXPORT_PADDING);
  });

  it('keeps room for the caption when there is nothing or something narrow to draw', () => {
    expect(stackBlocks([])).toEqual({
      positions: [],
      width: MIN_CONTENT_WIDTH + 2 * EXPORT_PADDING,
      height: HEADER_HEIGHT + EXPORT_PADDING,
    });
    expect(stackBlocks([{ width: 10, height: 5 }]).width).toBe(MIN_CONTENT_WIDTH + 2 * EXPORT_PADDING);
  });

  it('rounds fractional sizes up to whole pixels', () => {
    const s = stackBlocks([{ width: 400.2, height: 10.5 }]);
    expect(s.width).toBe(Math.ceil(400.2 + 2 * EXPORT_PADDING));
    expect(s.height).toBe(Math.ceil(HEADER_HEIGHT + 10.5 + EXPORT_PADDING));
  });
});

describe('groupLines', () => {
  it('joins words that share a line and splits a wrapped run into lines', () => {
    const lines = groupLines([
      { text: 'next', left: 10, top: 0, width: 30, height: 14 },
      { text: 'alloc', left: 44, top: 0.4, width: 35, height: 14 },
      { text: 'looks', left: 10, top: 15, width: 36, height: 14 },
      { text: 'here', left: 50, top: 15, width: 30, height: 14 },
    ]);
    expect(lines).toEqual([
      { text: 'next alloc', left: 10, top: 0, width: 69, height: 14 },
      { text: 'looks here', left: 10, top: 15, width: 70, height: 14 },
    ]);
  });

  it('orders words by position, not by the order given', () => {
    const lines = groupLines([
      { text: 'b', left: 20, top: 20, width: 5, height: 10 },
      { text: 'a', left: 0, top: 20, width: 5, height: 10 },
      { text: 'top', left: 0, top: 0, width: 15, height: 10 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['top', 'a b']);
  });

  it('returns no lines for no words', () => {
    expect(groupLines([])).toEqual([]);
  });
});

describe('rasterScale and evenPixels', () => {
  it('keeps the wanted scale when the canvas fits', () => {
    expect(rasterScale(800, 400, 2)).toBe(2);
  });

  it('shrinks the scale so the longest side fits the canvas limit', () => {
    // 12000 px tall at 2× would be 24000 > 16384: the scale becomes 16384 / 12000.
    expect(rasterScale(700, 12000, 2)).toBeCloseTo(16384 / 12000, 10);
    expect(rasterScale(100, 50, 2, 150)).toBe(1.5);
  });

  it('rounds frame sizes up to an even whole number', () => {
    expect(evenPixels(801)).toBe(802);
    expect(evenPixels(800)).toBe(800);
    expect(evenPixels(799.2)).toBe(800);
    expect(evenPixels(0)).toBe(2);
  });
});
