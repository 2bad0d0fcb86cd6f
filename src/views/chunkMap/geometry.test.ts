import { describe, expect, it } from 'vitest';
import type { Chunk, Config } from '../../engine/types';
import { bootOf } from '../../model/run';
import { OWNER_FREE, OWNER_STATIC, OWNER_STATIC_AND_RESERVED } from '../../model/owners';
import { OWNER_OTHER_STRUCTURE, OWNER_RETURNED_TAIL } from '../colors/areaPaint';
import { areaIndexAt, areaStartingAt, chunkGeometry, largestFree } from './geometry';
import { EXAMPLE_1 } from '../../../test/support/specFixtures';

/** allocator.md §11 Example 1: x86_64, 4 CPUs, S 82880, R 8192, D 20480, A 2 MiB. */
const example1: Config = EXAMPLE_1;

function boot(config: Config) {
  const result = bootOf(config);
  if (!result.ok) throw new Error(result.error);
  return result.state;
}

const rows = (g: ReturnType<typeof chunkGeometry>) =>
  Array.from(g.starts, (start, i) => [start, g.sizes[i], g.owners[i]]);

describe('chunkGeometry (Example 1: unit 524288, size_sum 114688)', () => {
  const state = boot(example1);
  const [reserved, first] = state.chunks as [Chunk, Chunk];

  it('reserved chunk: static, free reserved region, then the dynamic area and the returned tail', () => {
    // map [-82880, 8192] covers 91072 bytes; the dynamic area 91072..114688 is chunk 1's;
    // 114688..524288 went back to bootmem.
    expect(rows(chunkGeometry(reserved, state.layout))).toEqual([
      [0, 82880, OWNER_STATIC],
      [82880, 8192, OWNER_FREE],
      [91072, 23616, OWNER_OTHER_STRUCTURE],
      [114688, 409600, OWNER_RETURNED_TAIL],
    ]);
  });

  it('first chunk: the static+reserved block, the dynamic area, then the returned tail', () => {
    const g = chunkGeometry(first, state.layout);
    expect(rows(g)).toEqual([
      [0, 91072, OWNER_STATIC_AND_RESERVED],
      [91072, 23616, OWNER_FREE],
      [114688, 409600, OWNER_RETURNED_TAIL],
    ]);
    expect(g.mapUsed).toBe(2);
    expect(g.coverage).toBe(114688);
  });

  it('a created chunk maps the whole unit and has no unmapped part', () => {
    const created: Chunk = { ...first, id: 2, role: 'dynamic', map: [-8, 524280], owners: [3, OWNER_FREE] };
    expect(rows(chunkGeometry(created, state.layout))).toEqual([
      [0, 8, 3],
      [8, 524280, OWNER_FREE],
    ]);
  });

  it('finds areas by offset', () => {
    const g = chunkGeometry(first, state.layout);
    expect(areaIndexAt(g, 0)).toBe(0);
    expect(areaIndexAt(g, 91071)).toBe(0);
    expect(areaIndexAt(g, 91072)).toBe(1);
    expect(areaIndexAt(g, 524287)).toBe(2);
    expect(areaStartingAt(g, 91072)).toBe(1);
    expect(areaStartingAt(g, 91073)).toBe(-1);
    // The returned tail is not a map entry.
    expect(areaStartingAt(g, 114688)).toBe(-1);
  });
});

describe('largestFree', () => {
  it('returns the first largest hole (Example 7 step 4: stale hint 6000, real largest 2288)', () => {
    const chunk = { map: [-4096, -5000, 1000, -4000, 2288] } as Chunk;
    expect(largestFree(chunk)).toEqual({ index: 4, start: 14096, size: 2288 });
  });

  it('is null for a full chunk', () => {
    expect(largestFree({ map: [-4096, -12288] } as Chunk)).toBeNull();
  });
});
