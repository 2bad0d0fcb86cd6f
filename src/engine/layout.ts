import { alignUp } from './arith';
import { PCPU_MIN_UNIT_SIZE } from './constants';
import { nrSlotsFor } from './slots';
import type { Config, GroupLayout, Layout } from './types';

/** Everything pcpu_build_alloc_info decides, plus what the embed path and the dump need. */
export interface AllocInfo {
  layout: Layout;
  /** size_sum: static + reserved + dynamic, page aligned. */
  sizeSum: number;
  groupCpuCounts: number[];
  /** Bytes returned to bootmem by the embed path (unit tails and empty units). */
  returnedBytes: number;
}

/**
 * Groups CPUs the way pcpu_build_alloc_info does: a CPU joins the first group holding no
 * CPU that is remote to it. With node-equality distances that is one group per node,
 * numbered by first appearance.
 */
export function groupCpus(config: Config): number[] {
  const groupOf: number[] = [];
  // A keyed walk instead of the kernel's restart loop: with node-equality distances
  // (LOCAL within a node, REMOTE across) both give one group per node in first-seen order.
  const groupOfNode = new Map<number, number>();
  for (let cpu = 0; cpu < config.cpus; cpu++) {
    const node = config.cpuToNode[cpu]!;
    let group = groupOfNode.get(node);
    if (group === undefined) {
      group = groupOfNode.size;
      groupOfNode.set(node, group);
    }
    groupOf.push(group);
  }
  return groupOf;
}

function unitsPerAllocIsValid(allocSize: number, upa: number, pageSize: number): boolean {
  return allocSize % upa === 0 && (allocSize / upa) % pageSize === 0;
}

/** The upa choice of allocator.md §4.3: fewest allocations, at most N/3 wasted unit slots. */
export function chooseUnitsPerAlloc(
  allocSize: number,
  maxUpa: number,
  groupCpuCounts: number[],
  cpus: number,
  pageSize: number,
): number {
  let lastAllocs = Infinity;
  let bestUpa = 1;
  const wastageLimit = Math.floor(cpus / 3);
  for (let upa = maxUpa; upa >= 1; upa--) {
    if (!unitsPerAllocIsValid(allocSize, upa, pageSize)) continue;
    let allocs = 0;
    let wasted = 0;
    for (const count of groupCpuCounts) {
      const groupAllocs = Math.ceil(count / upa);
      allocs += groupAllocs;
      wasted += groupAllocs * upa - count;
    }
    if (wasted > wastageLimit) continue;
    if (allocs > lastAllocs) break;
    lastAllocs = allocs;
    bestUpa = upa;
  }
  return bestUpa;
}

/** pcpu_build_alloc_info followed by the embed path's placement (groups back to back). */
export function buildAllocInfo(config: Config): AllocInfo {
  const { pageSize, staticSize, reservedSize, atomSize } = config;
  const minDyn = config.earlyAlloc ? Math.max(config.dynSize, config.earlySize) : config.dynSize;
  const sizeSum = alignUp(staticSize + reservedSize + minDyn, pageSize);
  const dynSize = sizeSum - staticSize - reservedSize;
  const minUnitSize = Math.max(sizeSum, PCPU_MIN_UNIT_SIZE);
  const allocSize = alignUp(minUnitSize, atomSize);

  let maxUpa = Math.floor(allocSize / minUnitSize);
  while (!unitsPerAllocIsValid(allocSize, maxUpa, pageSize)) maxUpa--;

  const groupOf = groupCpus(config);
  const nrGroups = Math.max(...groupOf) + 1;
  const groupCpuCounts = new Array<number>(nrGroups).fill(0);
  for (const g of groupOf) groupCpuCounts[g]!++;

  const upa = chooseUnitsPerAlloc(allocSize, maxUpa, groupCpuCounts, config.cpus, pageSize);
  const unitSize = allocSize / upa;

  const groups: GroupLayout[] = [];
  const unitMap = new Array<number>(config.cpus).fill(0);
  const unitOffsets = new Array<number>(config.cpus).fill(0);
  let unitsBefore = 0;
  let returnedBytes = 0;
  for (let g = 0; g < nrGroups; g++) {
    const nrUnits = Math.ceil(groupCpuCounts[g]! / upa) * upa;
    const baseOffset = unitsBefore * unitSize;
    const cpuMap: (number | null)[] = [];
    for (let cpu = 0; cpu < config.cpus; cpu++) if (groupOf[cpu] === g) cpuMap.push(cpu);
    cpuMap.forEach((cpu, i) => {
      unitMap[cpu!] = unitsBefore + i;
      unitOffsets[cpu!] = baseOffset + i * unitSize;
    });
    const empty = nrUnits - cpuMap.length;
    for (let i = 0; i < empty; i++) cpuMap.push(null);
    returnedBytes += (nrUnits - empty) * (unitSize - sizeSum) + empty * unitSize;
    groups.push({ baseOffset, nrUnits, cpuMap });
    unitsBefore += nrUnits;
  }

  return {
    layout: {
      staticSize,
      reservedSize,
      dynSize,
      unitSize,
      atomSize,
      allocSize,
      upa,
      groups,
      unitMap,
      unitOffsets,
      nrSlots: nrSlotsFor(unitSize),
    },
    sizeSum,
    groupCpuCounts,
    returnedBytes,
  };
}
