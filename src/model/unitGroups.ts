import type { Layout } from '../engine/types';

/** Above this many units the layout is summarised per group instead of drawn unit by unit. */
export const MAX_DRAWN_UNITS = 64;
/** Above this many units each unit is a small cell, with one full unit drawn for all of them. */
export const MAX_UNIT_CARDS = 16;

export interface UnitInfo {
  /** Unit number across the chunk (what unit_map holds). */
  unit: number;
  cpu: number | null;
  /** Byte offset of the unit from the chunk base. */
  offset: number;
}

/** One atom-sized allocation of the embed path: upa consecutive units of one group. */
export interface AllocationBlock {
  /** Allocation number across groups (the pcpu-alloc dump's counter). */
  index: number;
  units: UnitInfo[];
}

export interface GroupInfo {
  group: number;
  baseOffset: number;
  nrUnits: number;
  cpus: number[];
  emptyUnits: number;
  allocations: AllocationBlock[];
}

export function totalUnits(layout: Layout): number {
  return layout.groups.reduce((n, g) => n + g.nrUnits, 0);
}

/**
 * Groups → allocations → units → CPUs, as the first chunk was laid out: units numbered across
 * groups, each CPU's unit at the offset the layout gives it (pcpu_unit_offsets), empty units
 * (no CPU) kept in place at baseOffset + i × unitSize.
 */
export function unitGroups(layout: Layout): GroupInfo[] {
  let unit = 0;
  let allocation = 0;
  const upa = Math.max(1, layout.upa);
  return layout.groups.map((g, group) => {
    const allocations: AllocationBlock[] = [];
    for (let i = 0; i < g.nrUnits; i++) {
      if (i % upa === 0) allocations.push({ index: allocation++, units: [] });
      const cpu = g.cpuMap[i] ?? null;
      allocations[allocations.length - 1]!.units.push({
        unit: unit + i,
        cpu,
        // The layout holds each CPU's unit offset; a unit without a CPU has none there and sits
        // where the group's stride puts it.
        offset: cpu !== null ? layout.unitOffsets[cpu]! : g.baseOffset + i * layout.unitSize,
      });
    }
    unit += g.nrUnits;
    const cpus = g.cpuMap.filter((c): c is number => c !== null);
    return {
      group,
      baseOffset: g.baseOffset,
      nrUnits: g.nrUnits,
      cpus,
      emptyUnits: g.nrUnits - cpus.length,
      allocations,
    };
  });
}

/**
 * CPU numbers in few words, for groups too large to list: "0–3, 8, 10–11"; an evenly spaced
 * set as "0–4092 every 4th"; otherwise the first maxParts ranges and how many more.
 */
export function cpuRanges(cpus: readonly number[], maxParts = 6): string {
  const sorted = [...cpus].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  if (parts.length <= maxParts) return parts.join(', ');
  const stride = sorted[1]! - sorted[0]!;
  if (sorted.every((c, i) => c === sorted[0]! + i * stride)) {
    return `${sorted[0]}–${sorted[sorted.length - 1]} every ${ordinal(stride)}`;
  }
  return `${parts.slice(0, maxParts).join(', ')} … and ${parts.length - maxParts} more ranges`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
