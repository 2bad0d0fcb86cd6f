import { describe, expect, it } from 'vitest';
import { withDefaults } from '../scenario/defaults';
import { replayPlacements } from './ftraceReplay';

describe('replayPlacements', () => {
  it("places the ops with 2.6.36's rules after the slab-online prefix", () => {
    // formats.md defaults: S 40960 + R 8192, so the dynamic first chunk's free area starts at 49152.
    const placed = replayPlacements(
      withDefaults({}),
      [
        { op: 'alloc', size: 16, align: 8 },
        { op: 'alloc', size: 8, align: 8 },
        { op: 'free', alloc: 0 },
      ],
      10,
      [{ op: 'slab-online' }],
    );
    expect(placed).toEqual([{ chunk: 1, offset: 49152 }, { chunk: 1, offset: 49168 }, null]);
  });
});
