import { describe, expect, it } from 'vitest';
import type { Op } from '../engine/types';
import { buildOpRows } from './opRows';

const a: Op = { op: 'alloc', size: 8, align: 8 };
const slab: Op = { op: 'slab-online' };

describe('buildOpRows', () => {
  it('splits at slab-online, which opens the “after slab” section', () => {
    const { rows, rowOfOp } = buildOpRows([a, a, slab, a]);
    expect(rows).toEqual([
      { kind: 'setup' },
      { kind: 'section', title: 'Before slab' },
      { kind: 'op', index: 0 },
      { kind: 'op', index: 1 },
      { kind: 'section', title: 'After slab' },
      { kind: 'op', index: 2 },
      { kind: 'op', index: 3 },
    ]);
    expect([...rowOfOp]).toEqual([2, 3, 5, 6]);
  });

  it('has no empty “before slab” section when slab-online comes first, and says so when it never comes', () => {
    expect(buildOpRows([slab, a]).rows.map((r) => (r.kind === 'section' ? r.title : r.kind))).toEqual([
      'setup',
      'After slab',
      'op',
      'op',
    ]);
    expect(buildOpRows([a]).rows[1]).toEqual({ kind: 'section', title: 'Before slab (slab never comes online)' });
  });
});
