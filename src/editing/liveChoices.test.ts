import { describe, expect, it } from 'vitest';
import { freeableAllocs, freeChoices, freesByAlloc } from './liveChoices';
import { alloc, free, mark } from './testOps';

describe('freeChoices', () => {
  const ops = [mark('m'), alloc(24, 8, 'kmem_cache_cpu kmalloc-8'), alloc(8, 8), free(1)];
  const live = new Map([
    [2, { chunk: 1, offset: 91080 }],
    [1, { chunk: 1, offset: 91072 }],
  ]);

  it('lists live allocations in op order with label (or op words), chunk and offset', () => {
    const choices = freeChoices(ops, live);
    expect(choices.map((c) => c.text)).toEqual([
      'ops[1] kmem_cache_cpu kmalloc-8 — chunk 1 @ 91072',
      'ops[2] alloc 8 B align 8 — chunk 1 @ 91080',
    ]);
  });

  it('says which op already frees an allocation, and leaves it out of the freeable ones', () => {
    const choices = freeChoices(ops, live);
    expect(choices.map((c) => c.freedBy)).toEqual([3, null]);
    expect(freeableAllocs(live, freesByAlloc(ops))).toEqual([2]);
  });
});
