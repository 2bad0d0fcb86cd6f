import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import { PRESETS } from '../scenario/presets';
import { X86_64_4CPU as EXAMPLE_1 } from '../scenario/presets/slubBootstrap';
import { mapUsedSeries } from './mapUsedSeries';
import { earlyThenLate } from './testSupport';
import { thinSeries } from './thinSeries';

describe('mapUsedSeries', () => {
  for (const preset of PRESETS) {
    it(`${preset.id}: every point equals the Timeline's state at that step`, () => {
      const { config, ops } = preset.scenario;
      const series = mapUsedSeries(config, ops);
      const t = new Timeline(config, ops);
      if (!series.ok) throw new Error(series.error);
      expect(series.steps).toBe(t.length);
      for (let k = 0; k <= t.length; k++) {
        const state = t.stateAt(k);
        for (const s of series.structures) {
          const chunk = state.chunks.find((c) => c.id === s.id)!;
          expect(s.mapUsed[k]).toBe(chunk.map.length);
          expect(s.mapAlloc[k]).toBe(chunk.mapAlloc);
        }
        const created = state.chunks.filter((c) => c.role === 'dynamic').reduce((n, c) => n + c.map.length, 0);
        expect(series.createdEntries[k]).toBe(created);
      }
    });
  }

  it('SLUB bootstrap (Example 9): chunk 1 reaches 17 entries by slab-online and 30 after the DMA caches', () => {
    const slub = PRESETS.find((p) => p.id === 'slub-bootstrap')!.scenario;
    const series = mapUsedSeries(slub.config, slub.ops);
    if (!series.ok) throw new Error(series.error);
    // ops: 2 marks, 15 allocs (ops 2..16), slab-online at op 17 → slab is up from step 18.
    expect(series.slabOnlineStep).toBe(18);
    expect(series.earlySlots).toBe(128);
    const [reserved, first] = series.structures;
    expect(reserved).toMatchObject({ id: 0, role: 'reserved' });
    expect(first).toMatchObject({ id: 1, role: 'first' });
    expect(first!.mapUsed[0]).toBe(2);
    expect(first!.mapUsed[18]).toBe(17);
    expect(first!.mapUsed[18 + 13]).toBe(30);
    expect(reserved!.mapUsed.every((n) => n === 2)).toBe(true);
    expect(first!.mapAlloc[18]).toBe(128);
  });

  it('Example 4: map_used stops at 127 while slab is down; after slab the map grows to 256 entries', () => {
    const series = mapUsedSeries(EXAMPLE_1, earlyThenLate(140, 8, 8, 1));
    if (!series.ok) throw new Error(series.error);
    const first = series.structures[1]!;
    expect(first.mapUsed[125]).toBe(127);
    expect(first.mapUsed[140]).toBe(127);
    expect(series.slabOnlineStep).toBe(141);
    expect(first.mapUsed[142]).toBe(128);
    expect(first.mapAlloc[142]).toBe(256);
  });

  it('pre-change: no early limit; a failed setup reports its reason', () => {
    const pre = mapUsedSeries({ ...EXAMPLE_1, earlyAlloc: false }, earlyThenLate(3, 8, 8));
    expect(pre).toMatchObject({ ok: true, earlySlots: null, steps: 1, slabOnlineStep: null });
    const bad = mapUsedSeries({ ...EXAMPLE_1, earlySlots: 2048 }, []);
    expect(bad.ok).toBe(false);
  });
});

describe('thinSeries', () => {
  it('keeps short series whole', () => {
    expect(thinSeries([3, 4, 5], 10)).toEqual([
      { step: 0, value: 3 },
      { step: 1, value: 4 },
      { step: 2, value: 5 },
    ]);
  });

  it('keeps the peak, the dip and both ends of a long series within the budget', () => {
    const values = Array.from({ length: 10000 }, (_, i) => (i === 7777 ? 500 : i === 4242 ? -3 : i % 7));
    const thin = thinSeries(values, 300);
    expect(thin.length).toBeLessThanOrEqual(301);
    expect(thin).toContainEqual({ step: 7777, value: 500 });
    expect(thin).toContainEqual({ step: 4242, value: -3 });
    expect(thin[0]).toEqual({ step: 0, value: 0 });
    expect(thin[thin.length - 1]).toEqual({ step: 9999, value: 9999 % 7 });
    expect(thin.every((p, i) => i === 0 || p.step > thin[i - 1]!.step)).toBe(true);
  });
});
