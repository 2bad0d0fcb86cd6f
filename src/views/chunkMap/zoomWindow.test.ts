import { describe, expect, it } from 'vitest';
import { isWholeUnit, visibleWindow } from './zoomWindow';

describe('visibleWindow', () => {
  it('is the whole unit at scale 1', () => {
    expect(visibleWindow(1, 0, 800, 32768)).toEqual({ from: 0, to: 32768 });
  });

  it('is the quarter the transform shows at scale 4', () => {
    // At k = 4 the map is 3200 px wide; x = -800 puts pixels 800..1600 of it on screen:
    // the second quarter of the unit.
    expect(visibleWindow(4, -800, 800, 32768)).toEqual({ from: 8192, to: 16384 });
  });

  it('rounds to the nearest byte and clamps to the unit', () => {
    expect(visibleWindow(3, -100, 300, 1000)).toEqual({ from: 111, to: 444 });
    expect(visibleWindow(1, 50, 800, 1000)).toEqual({ from: 0, to: 938 });
  });

  it('is null when nothing is drawn', () => {
    expect(visibleWindow(1, 0, 0, 1000)).toBeNull();
    expect(visibleWindow(1, 0, 800, 0)).toBeNull();
  });

  it('knows the whole unit', () => {
    expect(isWholeUnit({ from: 0, to: 1000 }, 1000)).toBe(true);
    expect(isWholeUnit({ from: 0, to: 999 }, 1000)).toBe(false);
  });
});
