import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiveAllocs } from './liveAllocs';

/** What the engine does to its live allocations: allocate the next op index, free one, or re-free. */
const action = fc.oneof(
  fc.record({ kind: fc.constant('alloc' as const), chunk: fc.nat(60), offset: fc.nat(1 << 20), gap: fc.nat(5) }),
  fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }),
);

describe('LiveAllocs', () => {
  it('answers as a Map would for the engine’s sequences (ascending allocs, frees of any)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 300 }), (actions) => {
        const live = new LiveAllocs(4);
        const map = new Map<number, { chunk: number; offset: number }>();
        let next = 0;
        for (const a of actions) {
          if (a.kind === 'alloc') {
            next += a.gap;
            live.put(next, a.chunk, a.offset);
            map.set(next, { chunk: a.chunk, offset: a.offset });
            next++;
          } else {
            const key = a.pick % (next + 1);
            expect(live.delete(key)).toBe(map.delete(key));
          }
          expect(live.size).toBe(map.size);
        }
        expect([...live]).toEqual([...map]);
        expect([...live.keys()]).toEqual([...map.keys()]);
        expect([...live.values()]).toEqual([...map.values()]);
        for (let key = -1; key <= next; key++) {
          expect(live.get(key)).toEqual(map.get(key));
          expect(live.has(key)).toBe(map.has(key));
          expect(live.chunkOf(key)).toBe(map.get(key)?.chunk ?? -1);
        }
        const visited: number[] = [];
        live.forEach((where, key) => {
          expect(where).toEqual(map.get(key));
          visited.push(key);
        });
        expect(visited).toEqual([...map.keys()]);
        expect([...live.toFlat()]).toEqual([...map].flatMap(([key, where]) => [key, where.chunk, where.offset]));
      }),
    );
  });

  it('copies independently of the original', () => {
    const live = LiveAllocs.of([
      [3, { chunk: 1, offset: 16 }],
      [9, { chunk: 2, offset: 64 }],
    ]);
    const copy = live.clone();
    copy.delete(3);
    copy.put(12, 4, 8);
    live.put(20, 5, 0);
    expect([...live.keys()]).toEqual([3, 9, 20]);
    expect([...copy.keys()]).toEqual([9, 12]);
  });

  it('is equal to another with the same entries whatever their capacities', () => {
    const small = new LiveAllocs(1);
    const big = new LiveAllocs(1000);
    small.put(5, 1, 4);
    big.put(5, 1, 4);
    expect(small).toEqual(big);
    big.put(6, 1, 8);
    expect(small).not.toEqual(big);
  });

  it('refuses keys that are not op indexes and chunk ids that are not ids', () => {
    const live = new LiveAllocs();
    expect(() => live.put(-1, 1, 0)).toThrow(/not an op index/);
    expect(() => live.put(1.5, 1, 0)).toThrow(/not an op index/);
    expect(() => live.put(1, -1, 0)).toThrow(/not a chunk id/);
    expect(live.get(1.5)).toBeUndefined();
    expect(live.delete(-3)).toBe(false);
  });

  it('empties with clear', () => {
    const live = LiveAllocs.of([[2, { chunk: 0, offset: 0 }]]);
    live.clear();
    expect(live.size).toBe(0);
    expect([...live]).toEqual([]);
    live.put(1, 3, 4);
    expect([...live]).toEqual([[1, { chunk: 3, offset: 4 }]]);
  });
});
