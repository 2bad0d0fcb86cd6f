import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import { presetById } from '../scenario/presets';
import { interestingSteps, nextInteresting } from './interesting';

const timelineOf = (id: string) => {
  const p = presetById(id)!;
  return new Timeline(p.scenario.config, p.scenario.ops);
};

describe('interesting quiz steps', () => {
  it('early-slot exhaustion: the failures from op #126, the first alloc after slab growing the map', () => {
    const list = interestingSteps(timelineOf('early-slot-exhaustion'));
    // allocator.md Example 4: counters 126–140 (ops #126–#140) fail; slab-online is op #141,
    // and op #142 (the first late counter) extends chunk 1's map to 256 entries.
    expect(list.filter((s) => s.reason === 'fails').map((s) => s.step)).toEqual(
      Array.from({ length: 15 }, (_, i) => 126 + i),
    );
    expect(list.find((s) => s.step === 142)?.reason).toBe('map grows');
    expect(nextInteresting(list, 0)).toEqual({ step: 126, reason: 'fails' });
    expect(nextInteresting(list, 140)?.step).toBe(142);
  });

  it('early-size exhaustion: the failures, then the new chunk after slab', () => {
    const list = interestingSteps(timelineOf('early-size-exhaustion'));
    expect(list).toEqual([
      { step: 6, reason: 'fails' },
      { step: 8, reason: 'fails' },
      { step: 10, reason: 'new chunk' },
    ]);
  });
});
