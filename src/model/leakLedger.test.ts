/** allocator.md §6.4 step 5: post, as the commit landed, every extension leaks the old map. */
import { describe, expect, it } from 'vitest';
import { earlySlotExhaustion } from '../scenario/presets/earlySlotExhaustion';
import { structKfreeHazard } from '../scenario/presets/structKfreeHazard';
import { LazyLeakLedger, leakLedger } from './leakLedger';

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
    const lazy = new LazyLeakLedger(config, ops);
    const steps = [0, ops.length, 3, ops.length - 1, ...ops.map((_, i) => ops.length - i)];
    for (const step of steps) {
      expect(lazy.at(step)).toEqual({
        bytes: whole.totals[step],
        count: whole.leaks.filter((l) => l.step <= step).length,
      });
    }
  });

  it('replays nothing for step 0, and only as far as asked', () => {
    const { config, ops } = earlySlotExhaustion.scenario;
    const lazy = new LazyLeakLedger(config, ops);
    expect(lazy.at(0)).toEqual({ bytes: 0, count: 0 });
    expect(lazy.leaks).toEqual([]);
    expect(lazy.at(142)).toEqual({ bytes: 0, count: 0 });
    expect(lazy.at(143)).toEqual({ bytes: 512, count: 1 });
  });
});
