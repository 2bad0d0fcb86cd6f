import { alignUp, fls } from './arith';
import { configEra } from './era';
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

/** Smallest power of two at or above x (x >= 1): the kernel's roundup_pow_of_two. */
function roundUpPowerOfTwo(x: number): number {
  return x <= 1 ? 1 : 2 ** fls(x - 1);
}

/**
 * The uniprocessor first chunk (2.6.37 and later, mm/percpu.c's !CONFIG_SMP
 * setup_per_cpu_areas): one unit of roundup_pow_of_two(max(PCPU_MIN_UNIT_SIZE, dynSize)) bytes,
 * all of it dynamic; UP kernels have no percpu section (s0) and no reserved area (r0). Here
 * dynSize stands for the PERCPU_DYNAMIC_RESERVE the kernel puts into that max.
 */
function upAllocInfo(config: Config): AllocInfo {
  const unitSize = roundUpPowerOfTwo(Math.max(configEra(config).minUnitSize, config.dynSize));
  return {
    layout: {
      staticSize: 0,
      reservedSize: 0,
      dynSize: unitSize,
      unitSize,
      atomSize: unitSize,
      allocSize: unitSize,
      upa: 1,
      groups: [{ baseOffset: 0, nrUnits: 1, cpuMap: [0] }],
      unitMap: [0],
      unitOffsets: [0],
      nrSlots: nrSlotsFor(unitSize),
    },
    sizeSum: unitSize,
    groupCpuCounts: [1],
    returnedBytes: 0,
  };
}

/**
 * pcpu_build_alloc_info followed by the first-chunk path's placement (groups back to back).
 * The page path (pcpu_page_first_chunk) asks for dyn_size 0, PAGE_SIZE atoms and no distance
 * function, so every CPU is in one group with one unit per allocation; its pages are
 * allocated one by one, so nothing is returned.
 */
export function buildAllocInfo(config: Config): AllocInfo {
  if (config.up) return upAllocInfo(config);
  const page = config.firstChunk === 'page';
  const { pageSize, staticSize, reservedSize } = config;
  const atomSize = page ? pageSize : config.atomSize;
  const requestedDyn = page ? 0 : config.dynSize;
  const minDyn = config.earlyAlloc ? Math.max(requestedDyn, config.earlySize) : requestedDyn;
  const sizeSum = alignUp(staticSize + reservedSize + minDyn, pageSize);
  const dynSize = sizeSum - staticSize - reservedSize;
  const minUnitSize = Math.max(sizeSum, configEra(config).minUnitSize);
  const allocSize = alignUp(minUnitSize, atomSize);

  let maxUpa = Math.floor(allocSize / minUnitSize);
  while (!unitsPerAllocIsValid(allocSize, maxUpa, pageSize)) maxUpa--;

  const groupOf = page ? new Array<number>(config.cpus).fill(0) : groupCpus(config);
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
    if (!page) returnedBytes += (nrUnits - empty) * (unitSize - sizeSum) + empty * unitSize;
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
