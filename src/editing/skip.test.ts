import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import { earlySlotExhaustion } from '../scenario/presets/earlySlotExhaustion';
import { effectiveOps, isSkipped, toggleSkipped } from './skip';
import { alloc, EXAMPLE_5_CONFIG, free, mark, slab } from './testOps';

describe('effectiveOps', () => {
  const ops = [alloc(24, 8, 'A'), alloc(8, 8, 'B'), free(0), slab, mark('m')];

  it('is the op list itself when nothing is skipped', () => {
    expect(effectiveOps(ops, new Set())).toBe(ops);
  });

  it('turns skipped ops and frees of skipped allocs into labelled marks, keeping indices', () => {
    const out = effectiveOps(ops, new Set([0, 3]));
    expect(out).toEqual([
      mark('skipped: alloc 24 B align 8'),
      alloc(8, 8, 'B'),
      mark('skipped: free #0 (its alloc is skipped)'),
      mark('skipped: slab-online'),
      mark('m'),
    ]);
    expect(out[1]).toBe(ops[1]);
    expect(ops[0]).toEqual(alloc(24, 8, 'A'));
  });

  it('isSkipped covers the frees of skipped allocs', () => {
    const skipped = new Set([0]);
    expect([0, 1, 2, 3].map((i) => isSkipped(ops, skipped, i))).toEqual([true, false, true, false]);
  });

  it('toggleSkipped returns a new set', () => {
    const a = new Set([1]);
    const b = toggleSkipped(a, 2);
    expect([...b].sort()).toEqual([1, 2]);
    expect([...toggleSkipped(b, 1)]).toEqual([2]);
    expect([...a]).toEqual([1]);
  });
});

describe('skipping changes the boot', () => {
  it('skipping an alloc hands its offset to the next one (allocator.md Example 5)', () => {
    // Example 5: a0 (2 B, align 1) lands at 49152, a1 (4 B, align 4) at 49156 after a 2-byte head.
    const ops = [alloc(2, 1), alloc(4, 4)];
    const full = new Timeline(EXAMPLE_5_CONFIG, ops);
    expect(full.outcome(1).offset).toBe(49156);
    // Without a0 the dynamic area starts free at 49152, which is 4-aligned: a1 takes it.
    const skipped = new Timeline(EXAMPLE_5_CONFIG, effectiveOps(ops, new Set([0])));
    expect(skipped.outcome(0).op).toBe('mark');
    expect(skipped.outcome(1)).toMatchObject({ ok: true, chunk: 1, offset: 49152 });
  });

  it('skipping one early counter moves the early-slot exhaustion one allocation later (Example 4)', () => {
    const { config, ops } = earlySlotExhaustion.scenario;
    // ops[k] is the k-th counter (ops[0] is a mark). Unskipped, #126 is the first to fail.
    const full = new Timeline(config, ops);
    expect(full.succeeded(125)).toBe(true);
    expect(full.error(126)).toBe('failed to extend area map');
    // With #1 skipped, #2…#126 are the 125 allocations that fit: 91072 … 91072 + 8·124 = 92064.
    const skipped = new Timeline(config, effectiveOps(ops, new Set([1])));
    expect(skipped.outcome(2).offset).toBe(91072);
    expect(skipped.outcome(126)).toMatchObject({ ok: true, offset: 92064 });
    expect(skipped.error(127)).toBe('failed to extend area map');
  });
});
