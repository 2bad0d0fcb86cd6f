import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import type { Op } from '../engine/types';
import { withDefaults } from '../scenario/defaults';
import { describeOp } from '../scenario/describeOp';
import { describeResult } from './opDescription';
import { lastBefore, nextAfter, stepMarkers } from './stepMarkers';

/** allocator.md Example 1's x86_64 config: dchunk [-91072, 23616], reserved [-82880, 8192]. */
const X86_64 = withDefaults({ staticSize: 82880, reservedSize: 8192, dynSize: 20480 });
const alloc = (size: number, align: number): Op => ({ op: 'alloc', size, align });

describe('stepMarkers', () => {
  // op 0 mark, op 1 illegal (size 0: WARN + fail), ops 2–6 4096-byte allocs (5 fit in 23616),
  // op 7 a 6th: new chunk refused before slab (WARN_ON_ONCE + fail), op 8 mark, op 9 slab-online.
  const ops: Op[] = [
    { op: 'mark', label: 'start' },
    alloc(0, 8),
    ...Array.from({ length: 6 }, () => alloc(4096, 8)),
    { op: 'mark', label: 'kmem_cache_init done' },
    { op: 'slab-online' },
  ];
  const markers = stepMarkers(new Timeline(X86_64, ops));

  it('puts each op’s marker at the step after it', () => {
    expect(markers.failures).toEqual([2, 8]);
    expect(markers.warnings).toEqual([2, 8]);
    expect(markers.bookmarks).toEqual([
      { step: 1, label: 'start' },
      { step: 9, label: 'kmem_cache_init done' },
    ]);
    expect(markers.events).toEqual([1, 2, 8, 9]);
    expect(markers.problems).toEqual([2, 8]);
    expect(markers.slabOnline).toBe(10);
  });

  it('lists nothing past a kernel crash (pre-change, first alloc before slab)', () => {
    const crashed = stepMarkers(new Timeline({ ...X86_64, earlyAlloc: false }, [alloc(8, 8), { op: 'slab-online' }]));
    expect(crashed.failures).toEqual([1]);
    expect(crashed.slabOnline).toBeNull();
  });

  it('is computed once per timeline', () => {
    const t = new Timeline(X86_64, ops);
    expect(stepMarkers(t)).toBe(stepMarkers(t));
  });
});

describe('nextAfter / lastBefore', () => {
  const sorted = [2, 5, 9];
  it('finds strict neighbours', () => {
    expect(nextAfter(sorted, 0)).toBe(2);
    expect(nextAfter(sorted, 2)).toBe(5);
    expect(nextAfter(sorted, 9)).toBeNull();
    expect(lastBefore(sorted, 9)).toBe(5);
    expect(lastBefore(sorted, 10)).toBe(9);
    expect(lastBefore(sorted, 2)).toBeNull();
  });
});

describe('op descriptions', () => {
  it('describes requests and results in a few words', () => {
    const ops: Op[] = [
      { op: 'alloc', size: 24, align: 8, reserved: true },
      alloc(24, 8),
      { op: 'free', alloc: 1 },
      alloc(0, 8),
      { op: 'free', alloc: 3 },
    ];
    const t = new Timeline(X86_64, ops);
    expect(describeOp(ops[0]!)).toBe('alloc 24 B align 8 reserved');
    expect(describeOp(ops[2]!)).toBe('free #1');
    // Reserved before slab: the reserved chunk's 128-entry early map has room → 82880 (Example 1).
    expect(describeResult(t, 0, false)).toEqual({ text: '→ chunk 0 @ 82880', status: 'ok' });
    expect(describeResult(t, 1, false)).toEqual({ text: '→ chunk 1 @ 91072', status: 'ok' });
    expect(describeResult(t, 2, false)).toEqual({ text: '← chunk 1 @ 91072', status: 'ok' });
    expect(describeResult(t, 3, true)).toEqual({ text: 'fails: illegal size or align', status: 'failed' });
    expect(describeResult(t, 4, false)).toEqual({ text: 'frees a failed alloc: no-op', status: 'neutral' });
    expect(describeResult(t, 5, false)).toEqual({ text: 'not reached', status: 'not-reached' });
  });
});
