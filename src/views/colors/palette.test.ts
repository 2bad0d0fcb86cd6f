import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Op } from '../../engine/types';
import { allocOrdinals, HUE_COUNT, ownerStyle, VARIANT_COUNT } from './palette';

describe('ownerStyle', () => {
  it('gives 21 distinct hue/texture pairs to 21 consecutive allocations', () => {
    const keys = new Set(Array.from({ length: HUE_COUNT * VARIANT_COUNT }, (_, n) => JSON.stringify(ownerStyle(n))));
    expect(keys.size).toBe(21);
  });

  it('never gives neighbouring allocations the same hue', () => {
    fc.assert(
      fc.property(fc.nat(100000), (n) => {
        expect(ownerStyle(n).hue).not.toBe(ownerStyle(n + 1).hue);
      }),
    );
  });

  it('starts solid and moves to stripes after the seventh hue', () => {
    expect(ownerStyle(0)).toEqual({ hue: 0, variant: 0 });
    expect(ownerStyle(6)).toEqual({ hue: 6, variant: 0 });
    expect(ownerStyle(7)).toEqual({ hue: 0, variant: 1 });
    expect(ownerStyle(14)).toEqual({ hue: 0, variant: 2 });
    expect(ownerStyle(21)).toEqual({ hue: 0, variant: 0 });
  });
});

describe('allocOrdinals', () => {
  it('counts alloc ops only', () => {
    const ops: Op[] = [
      { op: 'mark', label: 'boot' },
      { op: 'alloc', size: 8, align: 8 },
      { op: 'slab-online' },
      { op: 'alloc', size: 8, align: 8 },
      { op: 'free', alloc: 1 },
      { op: 'alloc', size: 8, align: 8 },
    ];
    expect([...allocOrdinals(ops)]).toEqual([-1, 0, -1, 1, -1, 2]);
  });
});
