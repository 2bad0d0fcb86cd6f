import { describe, expect, it } from 'vitest';
import { allocBatch, everyKth, freeBatch } from './generators';

describe('generators', () => {
  it('allocBatch makes count allocations labelled "<prefix> n"', () => {
    expect(allocBatch({ count: 3, size: 16, align: 8, reserved: false, labelPrefix: 'gen' })).toEqual([
      { op: 'alloc', size: 16, align: 8, label: 'gen 1' },
      { op: 'alloc', size: 16, align: 8, label: 'gen 2' },
      { op: 'alloc', size: 16, align: 8, label: 'gen 3' },
    ]);
  });

  it('allocBatch leaves ops unlabelled for an empty prefix and marks reserved ones', () => {
    expect(allocBatch({ count: 1, size: 4, align: 4, reserved: true, labelPrefix: '' })).toEqual([
      { op: 'alloc', size: 4, align: 4, reserved: true },
    ]);
  });

  it('everyKth takes items k, 2k, … counting from 1', () => {
    expect(everyKth([10, 11, 12, 13, 14, 15, 16], 3)).toEqual([12, 15]);
    expect(everyKth([1, 2, 3], 1)).toEqual([1, 2, 3]);
    expect(everyKth([1, 2, 3], 4)).toEqual([]);
    expect(everyKth([1, 2, 3], 0)).toEqual([]);
  });

  it('freeBatch frees every k-th alloc', () => {
    expect(freeBatch([2, 5, 7, 9], 2)).toEqual([
      { op: 'free', alloc: 5 },
      { op: 'free', alloc: 9 },
    ]);
  });
});
