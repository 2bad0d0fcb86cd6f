import { describe, expect, it } from 'vitest';
import { earlySlotExhaustion } from '../scenario/presets/earlySlotExhaustion';
import { touchedRegion } from './touchedRegion';
import { viewAt } from './testSupport';

describe('touchedRegion', () => {
  const s = earlySlotExhaustion.scenario;
  it('an 8-byte allocation: the split free area, from the allocation to the end of the tail', () => {
    const view = viewAt(s, 2);
    const r = touchedRegion(view.events, view.state)!;
    expect(r.chunk).toBe(1);
    expect(r.start).toBe(91072);
  });

  it('a failure on a full map: the latest entries of that chunk, not the whole unit', () => {
    const view = viewAt(s, 127);
    const r = touchedRegion(view.events, view.state)!;
    expect(r.chunk).toBe(1);
    // The last 8 entries end where the 125 allocations of 8 bytes end: 91072 + 1000.
    expect(r.start).toBeLessThan(92072);
    expect(r.start).toBeGreaterThanOrEqual(91072 + 8 * 118);
    expect(r.end).toBeGreaterThan(92072);
    expect(r.end).toBeLessThan(92072 + 1024);
  });

  it('a mark touches nothing', () => {
    const view = viewAt(s, 1);
    expect(touchedRegion(view.events, view.state)).toBeNull();
  });
});
