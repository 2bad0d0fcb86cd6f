import { describe, expect, it } from 'vitest';
import { between, constrain, IDENTITY, scaleAbout, wheelExponent } from './offsetTransform';

const WIDTH = 800;

describe('the chunk map zoom keeps the unit across the width', () => {
  it('constrains the translation to [width − width · k, 0]', () => {
    expect(constrain({ k: 2, x: 30 }, WIDTH)).toEqual({ k: 2, x: 0 });
    expect(constrain({ k: 2, x: -900 }, WIDTH)).toEqual({ k: 2, x: -800 });
    expect(constrain({ k: 2, x: -400 }, WIDTH)).toEqual({ k: 2, x: -400 });
    expect(constrain({ k: 1, x: -10 }, WIDTH)).toEqual(IDENTITY);
  });

  it('scales about a point that stays put, within [1, maxScale]', () => {
    // Doubling about the middle (400) of the whole unit shows its middle half: x = 400 − 400 · 2.
    expect(scaleAbout(IDENTITY, 2, 400, WIDTH, 100)).toEqual({ k: 2, x: -400 });
    // About the left edge the left edge stays.
    expect(scaleAbout(IDENTITY, 4, 0, WIDTH, 100)).toEqual({ k: 4, x: 0 });
    // The point at 600 on screen (unit pixel (600 + 400) / 2 = 500) stays at 600 at k = 4.
    expect(scaleAbout({ k: 2, x: -400 }, 4, 600, WIDTH, 100)).toEqual({ k: 4, x: 600 - 500 * 4 });
    expect(scaleAbout(IDENTITY, 500, 400, WIDTH, 100).k).toBe(100);
    expect(scaleAbout({ k: 2, x: -400 }, 0.25, 400, WIDTH, 100)).toEqual(IDENTITY);
  });

  it('reads a wheel as d3-zoom does: 0.002 per pixel, 0.05 per line, 1 per page, ×10 for a pinch', () => {
    expect(wheelExponent(100, 0, false)).toBeCloseTo(-0.2, 12);
    expect(wheelExponent(100, 0, true)).toBeCloseTo(-2, 12);
    expect(wheelExponent(-3, 1, false)).toBeCloseTo(0.15, 12);
    expect(wheelExponent(1, 2, false)).toBe(-1);
  });

  it('glides geometrically in scale from one transform to the other', () => {
    const a = IDENTITY;
    const b = { k: 4, x: -1200 };
    expect(between(a, b, 0, WIDTH)).toEqual(a);
    expect(between(a, b, 1, WIDTH)).toEqual(b);
    const mid = between(a, b, 0.5, WIDTH);
    expect(mid.k).toBeCloseTo(2, 12);
    // The unit pixel under the middle moves from 400 to (400 + 1200) / 4 = 400: it stays.
    expect(mid.x).toBeCloseTo(400 - 400 * 2, 9);
  });
});
