import { describe, expect, it } from 'vitest';
import { populatedPages } from './populatedPages';

describe('populatedPages', () => {
  it('adds up the ranges, out of the unit’s pages', () => {
    // A 32 KiB unit of 4 KiB pages has 8; pages 0 and 3..5 are populated.
    expect(populatedPages([0, 1, 3, 6], 32768, 4096)).toEqual({ n: 4, of: 8 });
  });

  it('is none of them before the first allocation', () => {
    expect(populatedPages([], 131072, 4096)).toEqual({ n: 0, of: 32 });
  });
});
