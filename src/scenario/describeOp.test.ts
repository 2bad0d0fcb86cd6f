import { describe, expect, it } from 'vitest';
import type { Op } from '../engine/types';
import { describeOp, opName, opWords, requestWords } from './describeOp';

const ops: Op[] = [
  { op: 'alloc', size: 24, align: 8, reserved: true, label: 'kmem_cache_cpu kmalloc-8' },
  { op: 'alloc', size: 4096, align: 64 },
  { op: 'free', alloc: 1 },
  { op: 'slab-online' },
  { op: 'mark', label: 'kmem_cache_init' },
];

describe('the op wordings', () => {
  it('short words name the op kind as the scenario format spells it (formats.md §1)', () => {
    expect(ops.map(opWords)).toEqual([
      'alloc 24 B align 8 reserved',
      'alloc 4096 B align 64',
      'free #1',
      'slab-online',
      'mark',
    ]);
  });

  it('the stepper reads slab-online as words and is otherwise the short form', () => {
    expect(ops.map(describeOp)).toEqual([
      'alloc 24 B align 8 reserved',
      'alloc 4096 B align 64',
      'free #1',
      'slab online',
      'mark',
    ]);
  });

  it('names an op by its index, and says when there is none', () => {
    expect(opName(ops, 2)).toBe('ops[2] free #1');
    expect(opName(ops, 9)).toBe('ops[9] (none)');
  });

  it('a request in a sentence, with the mark label quoted', () => {
    expect(ops.map(requestWords)).toEqual([
      'alloc 24 bytes, align 8, reserved',
      'alloc 4096 bytes, align 64',
      'free the allocation of op #1',
      'slab comes online',
      'mark “kmem_cache_init”',
    ]);
  });
});
