/** allocator.md §6.4 step 5: post, as the commit landed, every extension leaks the old map. */
import { describe, expect, it } from 'vitest';
import { earlySlotExhaustion } from '../scenario/presets/earlySlotExhaustion';
import { structKfreeHazard } from '../scenario/presets/structKfreeHazard';
import { Timeline } from '../engine/timeline';
import { leakLedger, leaksSoFar } from './leakLedger';

describe('leakLedger', () => {
  it('early-slot preset: the 128-entry kmalloc copy (512 B) leaks at the first late allocation', () => {
    const { config, ops } = earlySlotExhaustion.scenario;
    const ledger = leakLedger(config, ops);
    expect(ledger.leaks).toEqual([{ step: 143, chunk: 1, entries: 128, bytes: 512, storage: 'kmalloc' }]);
    expect(ledger.totals[142]).toBe(0);
    expect(ledger.totals[143]).toBe(512);
    expect(ledger.totals[ops.length]).toBe(512);
  });

  it('pre-change frees old maps of 16 entries or more, and never the static 2-entry ones', () => {
    const { config, ops } = earlySlotExhaustion.scenario;
    const pre = leakLedger({ ...config, earlyAlloc: false }, ops);
    expect(pre.leaks).toEqual([]);
  });

  it('hazard preset: chunk 2 grows 16 → 4096 entries and loses 64 + 128 + … + 8192 = 16320 bytes', () => {
    const { config, ops } = structKfreeHazard.scenario;
    const ledger = leakLedger(config, ops);
    expect(ledger.leaks.map((l) => l.entries)).toEqual([16, 32, 64, 128, 256, 512, 1024, 2048]);
    expect(ledger.leaks.every((l) => l.chunk === 2)).toBe(true);
    // 2048 entries are 8 KiB: more than a page, so that one came from vmalloc.
    expect(ledger.leaks.at(-1)!.storage).toBe('vmalloc');
    expect(ledger.totals[ops.length]).toBe(16320);
  });

  it('asked step by step, in any order, answers what the whole replay gives', () => {
    const { config, ops } = structKfreeHazard.scenario;
    const whole = leakLedger(config, ops);
    const timeline = new Timeline(config, ops);
    const steps = [0, ops.length, 3, ops.length - 1, ...ops.map((_, i) => ops.length - i)];
    for (const step of steps) {
      expect(leaksSoFar(timeline, step)).toEqual({
        bytes: whole.totals[step],
        count: whole.leaks.filter((l) => l.step <= step).length,
      });
    }
  });

  it('the timeline recorded the leak as it ran: nothing before step 143, 512 B from it on', () => {
    const { config, ops } = earlySlotExhaustion.scenario;
    const timeline = new Timeline(config, ops);
    expect(leaksSoFar(timeline, 0)).toEqual({ bytes: 0, count: 0 });
    expect(timeline.leaks).toEqual([{ step: 143, chunk: 1, entries: 128, storage: 'kmalloc' }]);
    expect(leaksSoFar(timeline, 142)).toEqual({ bytes: 0, count: 0 });
    expect(leaksSoFar(timeline, 143)).toEqual({ bytes: 512, count: 1 });
  });

  it('records exactly the extensions whose events say the old map leaked', () => {
    const { config, ops } = structKfreeHazard.scenario;
    const timeline = new Timeline(config, ops);
    const fromEvents = [];
    for (let step = 1; step <= timeline.length; step++) {
      for (const e of timeline.view(step).events) {
        if (e.kind === 'map-extended' && e.oldFate === 'leaked')
          fromEvents.push({ step, chunk: e.chunk, entries: e.from, storage: e.oldStorage });
      }
    }
    expect(fromEvents.length).toBeGreaterThan(0);
    expect(timeline.leaks).toEqual(fromEvents);
  });
});
