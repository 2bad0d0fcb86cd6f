import { describe, expect, it } from 'vitest';
import { buildAllocInfo } from '../engine/layout';
import { cpuRanges, totalUnits, unitGroups } from './unitGroups';
import { example1With } from '../../test/support/specFixtures';

/** allocator.md §11 Example 3: S 82880, R 8192, D 20480, A 2 MiB. */
const config = example1With;
const layoutOf = (cpus: number, nodes: number[]) => buildAllocInfo(config(cpus, nodes)).layout;
const shape = (layout: ReturnType<typeof layoutOf>) =>
  unitGroups(layout).map((g) => g.allocations.map((a) => a.units.map((u) => u.cpu)));

describe('unitGroups', () => {
  it('Example 1 (4 CPUs, one node): one group, one allocation of 4 units at k × 524288', () => {
    const groups = unitGroups(layoutOf(4, [0, 0, 0, 0]));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.allocations).toHaveLength(1);
    expect(groups[0]!.allocations[0]!.units).toEqual([
      { unit: 0, cpu: 0, offset: 0 },
      { unit: 1, cpu: 1, offset: 524288 },
      { unit: 2, cpu: 2, offset: 1048576 },
      { unit: 3, cpu: 3, offset: 1572864 },
    ]);
  });

  it('Example 3a (6 CPUs): upa 8, one allocation, units 6 and 7 empty', () => {
    const layout = layoutOf(6, [0, 0, 0, 0, 0, 0]);
    expect(shape(layout)).toEqual([[[0, 1, 2, 3, 4, 5, null, null]]]);
    const [g] = unitGroups(layout);
    expect(g!.emptyUnits).toBe(2);
    expect(g!.allocations[0]!.units[7]!.offset).toBe(7 * 262144);
  });

  it('Example 3b (5 CPUs): upa 2, three allocations "[0] 0 1 [0] 2 3 [0] 4 -"', () => {
    expect(shape(layoutOf(5, [0, 0, 0, 0, 0]))).toEqual([
      [
        [0, 1],
        [2, 3],
        [4, null],
      ],
    ]);
  });

  it('Example 3c (10 CPUs, alternating nodes): groups of 5, upa 2, allocation counter runs on', () => {
    const layout = layoutOf(10, [0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(shape(layout)).toEqual([
      [
        [0, 2],
        [4, 6],
        [8, null],
      ],
      [
        [1, 3],
        [5, 7],
        [9, null],
      ],
    ]);
    const groups = unitGroups(layout);
    expect(groups[1]!.baseOffset).toBe(6291456);
    expect(groups[1]!.allocations.map((a) => a.index)).toEqual([3, 4, 5]);
    // unitMap [0,6,1,7,...]: CPU 1 is unit 6 at the group base.
    expect(groups[1]!.allocations[0]!.units[0]).toEqual({ unit: 6, cpu: 1, offset: 6291456 });
    expect(totalUnits(layout)).toBe(12);
  });

  it('agrees with unitMap and unitOffsets for every CPU (Example 2a, interleaved nodes)', () => {
    const layout = layoutOf(8, [0, 1, 0, 1, 0, 1, 0, 1]);
    for (const g of unitGroups(layout)) {
      for (const a of g.allocations) {
        for (const u of a.units) {
          if (u.cpu === null) continue;
          expect(layout.unitMap[u.cpu]).toBe(u.unit);
          expect(layout.unitOffsets[u.cpu]).toBe(u.offset);
        }
      }
    }
  });
});

describe('cpuRanges', () => {
  it('folds consecutive CPUs', () => {
    expect(cpuRanges([0, 1, 2, 3, 8, 10, 11])).toBe('0–3, 8, 10–11');
    expect(cpuRanges([5])).toBe('5');
    expect(cpuRanges([])).toBe('');
  });

  it('says "every 4th" for the CPUs of one node among four interleaved nodes', () => {
    const node1 = Array.from({ length: 1024 }, (_, i) => 4 * i + 1);
    expect(cpuRanges(node1)).toBe('1–4093 every 4th');
  });

  it('lists the first ranges and counts the rest when there is no pattern', () => {
    expect(cpuRanges([0, 2, 3, 7, 9, 10, 11, 20, 22], 3)).toBe('0, 2–3, 7 … and 3 more ranges');
  });
});
