import type { DmesgRecord, DumpAllocation } from './dmesgTypes';

/** What one setup log says, whichever of its lines said it. */
export interface SetupFacts {
  staticSize: number | null;
  reservedSize: number | null;
  dynSize: number | null;
  unitSize: number | null;
  atomSize: number | null;
  allocs: number | null;
  /** Units per allocation, as the dump shows them. */
  upa: number | null;
  allocations: DumpAllocation[];
  /** Group of each listed CPU. */
  groupOf: Map<number, number>;
  cpuCount: number;
  groupCount: number;
}

export function setupFacts(records: DmesgRecord[]): SetupFacts {
  const facts: SetupFacts = {
    staticSize: null,
    reservedSize: null,
    dynSize: null,
    unitSize: null,
    atomSize: null,
    allocs: null,
    upa: null,
    allocations: [],
    groupOf: new Map(),
    cpuCount: 0,
    groupCount: 0,
  };
  for (const record of records) {
    if (record.kind === 'groups') {
      facts.allocations.push(...record.allocations);
      continue;
    }
    facts.staticSize ??= record.staticSize;
    facts.reservedSize ??= record.reservedSize;
    facts.dynSize ??= record.dynSize;
    if (record.kind !== 'page-chunk') facts.unitSize ??= record.unitSize;
    if (record.kind === 'alloc-info') {
      facts.atomSize ??= record.atomSize;
      facts.allocs ??= record.allocs;
    }
  }
  const groups = new Set<number>();
  for (const allocation of facts.allocations) {
    groups.add(allocation.group);
    for (const cpu of allocation.cpus)
      if (cpu !== null && !facts.groupOf.has(cpu)) facts.groupOf.set(cpu, allocation.group);
  }
  facts.upa = facts.allocations[0]?.cpus.length ?? null;
  facts.cpuCount = facts.groupOf.size;
  facts.groupCount = groups.size;
  return facts;
}

/** s + r + d, or null when a size is unknown. */
export function sizeSum(facts: SetupFacts): number | null {
  if (facts.staticSize === null || facts.reservedSize === null || facts.dynSize === null) return null;
  return facts.staticSize + facts.reservedSize + facts.dynSize;
}

/** The first CPU whose group differs between the two dumps, as [cpu, log group, model group]. */
export function firstRegrouped(log: SetupFacts, model: SetupFacts): [number, number, number | null] | null {
  for (const [cpu, group] of log.groupOf) {
    const other = model.groupOf.get(cpu) ?? null;
    if (other !== group) return [cpu, group, other];
  }
  return null;
}
