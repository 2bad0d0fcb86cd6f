import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import type { Config, Op } from '../engine/types';
import { EXAMPLE_7_CONFIG, EXAMPLE_8_CONFIG } from './testSupport';
import { nextAllocTry } from './nextTry';

/** allocator.md §11 Example 7 (cpus 2, S 4096, R 0, D 12288, page atom; unit 65536, 16 slots). */
const example7: Config = EXAMPLE_7_CONFIG;
const a = (size: number, align = 8, extra: Partial<Extract<Op, { op: 'alloc' }>> = {}): Op => ({
  op: 'alloc',
  size,
  align,
  ...extra,
});
const ops: Op[] = [
  { op: 'slab-online' },
  a(6000),
  a(4000),
  { op: 'free', alloc: 1 },
  a(5000),
  a(3000),
  a(40000),
  a(40000),
  a(20000),
];
const timeline = new Timeline(example7, ops);
/** What the op at index i would try, from the state just before it. */
const before = (i: number, op: Op | undefined = ops[i]) => nextAllocTry(timeline.stateAt(i), op, i);

describe('nextAllocTry (Example 7)', () => {
  it('is none for a non-alloc op', () => {
    expect(before(0)).toEqual({ kind: 'none' });
    expect(before(3)).toEqual({ kind: 'none' });
  });

  it('step 5: 3000 bytes scans from slot 9 and finds chunk 0 at its head', () => {
    expect(before(5)).toEqual({ kind: 'scan', op: 5, size: 3000, fromSlot: 9, chunk: 0, slot: 9 });
  });

  it('step 7: 40000 bytes scans from slot 13; chunk 1 sits in slot 12, so no chunk is listed there', () => {
    expect(before(7)).toEqual({ kind: 'scan', op: 7, size: 40000, fromSlot: 13, chunk: null, slot: null });
  });

  it('step 8: 20000 bytes scans from slot 12, list [1, 2]: chunk 1 first', () => {
    expect(before(8)).toEqual({ kind: 'scan', op: 8, size: 20000, fromSlot: 12, chunk: 1, slot: 12 });
  });

  it('illegal sizes and aligns try no chunk (§6.1)', () => {
    expect(before(5, a(0))).toMatchObject({ kind: 'illegal' });
    expect(before(5, a(65537))).toMatchObject({ kind: 'illegal' });
    expect(before(5, a(8, 8192))).toMatchObject({ kind: 'illegal' });
    expect(before(5, a(65536))).toMatchObject({ kind: 'scan', fromSlot: 15 });
  });

  it('a reserved request without a reserved chunk takes the normal path (§14.12)', () => {
    expect(before(5, a(3000, 8, { reserved: true }))).toMatchObject({ kind: 'scan', fromSlot: 9, chunk: 0 });
  });
});

describe('nextAllocTry with a reserved chunk (Example 8 config)', () => {
  const config: Config = EXAMPLE_8_CONFIG;
  const t = new Timeline(config, []);
  it('goes to the reserved chunk 0 directly', () => {
    expect(nextAllocTry(t.stateAt(0), a(4096, 4096, { reserved: true }), 1)).toEqual({
      kind: 'reserved',
      op: 1,
      size: 4096,
      chunk: 0,
    });
  });
  it('a normal 32-byte request starts at slot 3 and reaches chunk 1 in slot 12', () => {
    expect(nextAllocTry(t.stateAt(0), a(32), 0)).toMatchObject({ kind: 'scan', fromSlot: 3, chunk: 1, slot: 12 });
  });
});

describe('nextAllocTry follows the era (allocator.md §2: PCPU_MIN_UNIT_SIZE became 32 KiB in 2.6.37)', () => {
  it('a 40000-byte request is legal in 2.6.36 and illegal in 2.6.37', () => {
    const state = new Timeline(example7, []).stateAt(0);
    expect(nextAllocTry(state, a(40000), 0)).toMatchObject({ kind: 'scan' });
    const later = new Timeline({ ...example7, era: '2.6.37' }, []).stateAt(0);
    expect(nextAllocTry(later, a(40000), 0)).toMatchObject({ kind: 'illegal' });
    expect(nextAllocTry(later, a(32768), 0)).toMatchObject({ kind: 'scan' });
  });
});
