/**
 * The leaves' summaries (bytes, largest free entry, how many of that size, a bound on the
 * rest) are kept up to date incrementally instead of by rescanning; after every step of
 * random boots each leaf's summaries must agree with its entries. The outcomes themselves
 * are checked against the reference in test/areaMap.property.test.ts.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { opSequence, smallConfig } from '../../test/support/arbitraries';
import { config } from '../../test/support/engine';
import { APP_LEAF_SIZES, AreaMap, setLeafSizes } from './areaMap';
import { areaOf } from './chunkArea';
import { setup } from './setup';
import { applyOp } from './step';
import type { Config, Op } from './types';

function summariesHold(cfg: Config, ops: readonly Op[]): void {
  const boot = setup(cfg);
  if (!boot.ok) return;
  const state = boot.state;
  for (let i = 0; i < ops.length && !state.halted; i++) {
    applyOp(state, i, ops[i]!, null);
    for (const chunk of state.chunks) {
      const problem = areaOf(chunk).summaryProblem();
      if (problem !== null) expect.fail(`step ${i}, chunk ${chunk.id}: ${problem}`);
    }
  }
}

const anyConfig = fc.boolean().chain((earlyAlloc) => smallConfig(earlyAlloc));

describe('area map leaf summaries', () => {
  afterAll(() => setLeafSizes(...APP_LEAF_SIZES));

  for (const [name, max, min] of [
    ['tiny leaves', 4, 1],
    ['small leaves', 16, 2],
    ['app leaves', ...APP_LEAF_SIZES],
  ] as const) {
    it(`${name}: every leaf's summaries match its entries after every step`, { timeout: 120_000 }, () => {
      setLeafSizes(max, min);
      fc.assert(fc.property(anyConfig, opSequence(120), summariesHold), { numRuns: 300 });
    });
  }

  it('4-byte allocations filling a chunk, then freed in a scrambled order', () => {
    setLeafSizes(...APP_LEAF_SIZES);
    const n = 3000;
    const ops: Op[] = [{ op: 'slab-online' }];
    for (let i = 0; i < n; i++) ops.push({ op: 'alloc', size: 4, align: 4 });
    // 7919 is prime, so this visits every allocation once, far from allocation order.
    for (let i = 0; i < n; i++) ops.push({ op: 'free', alloc: 1 + ((i * 7919) % n) });
    summariesHold(config(), ops);
  });
});

describe('materialised arrays shared between a map and its clones', () => {
  it('are the same arrays until one side writes, then each side shows its own entries', () => {
    const source = AreaMap.from([-8, 100, -4, 20], [0, -1, 1, -1]);
    const copy = source.clone();
    expect(copy.mapArray()).toBe(source.mapArray());
    expect(copy.ownersArray()).toBe(source.ownersArray());

    // The copy frees entry 2 (-4 becomes 4); the source keeps its arrays.
    const before = source.mapArray();
    const at = copy.find(108)!;
    copy.set(at, 4, -1);
    expect(copy.mapArray()).toEqual([-8, 100, 4, 20]);
    expect(source.mapArray()).toBe(before);
    expect(source.mapArray()).toEqual([-8, 100, -4, 20]);

    // A clone made before anyone materialised shares the holder too: filled once, seen by both.
    const fresh = AreaMap.from([10, -6], [-1, 3]);
    const twin = fresh.clone();
    expect(twin.mapArray()).toEqual([10, -6]);
    expect(fresh.mapArray()).toBe(twin.mapArray());
    fresh.set(fresh.find(0)!, -10, 4);
    expect(twin.mapArray()).toEqual([10, -6]);
    expect(fresh.mapArray()).toEqual([-10, -6]);
    expect(fresh.ownersArray()).toEqual([4, 3]);
  });
});
