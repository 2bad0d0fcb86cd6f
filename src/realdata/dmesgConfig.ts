import { isPowerOfTwo } from '../engine/arith';
import type { Config } from '../engine/types';
import { CONFIG_LIMITS } from '../scenario/defaults';
import { parseScenario } from '../scenario/schema';
import type {
  AllocInfoRecord,
  DmesgOptions,
  DmesgRecord,
  EmbeddedRecord,
  GroupsRecord,
  PageChunkRecord,
} from './dmesgTypes';

const DEFAULT_PAGE_SIZE = 4096;
const PAGE_SIZES = CONFIG_LIMITS.pageSize as readonly number[];

type SizeField = 'staticSize' | 'reservedSize' | 'dynSize';

function inRange(value: number, limits: { min: number; max: number }): boolean {
  return value >= limits.min && value <= limits.max;
}

/** The page size to reason with: the caller's, else one the log states, else the default. */
function pageSizeOf(
  options: DmesgOptions,
  pageChunk: PageChunkRecord | undefined,
  problems: string[],
): { pageSize: number; told: boolean } {
  if (options.pageSize !== undefined) {
    if (PAGE_SIZES.includes(options.pageSize)) return { pageSize: options.pageSize, told: true };
    problems.push(`pageSize ${options.pageSize} is not one of ${PAGE_SIZES.join(', ')}; using ${DEFAULT_PAGE_SIZE}`);
  } else if (pageChunk) {
    if (PAGE_SIZES.includes(pageChunk.pageSize)) return { pageSize: pageChunk.pageSize, told: true };
    problems.push(`line ${pageChunk.line}: ${pageChunk.pageSize}-byte pages are not a page size the model accepts`);
  }
  return { pageSize: DEFAULT_PAGE_SIZE, told: false };
}

function checkPages(sizes: EmbeddedRecord, pageSize: number, problems: string[]): void {
  const sum = sizes.staticSize + sizes.reservedSize + sizes.dynSize;
  if (sizes.pages * pageSize === sum) return;
  const implied = sizes.pages > 0 && sum % sizes.pages === 0 ? sum / sizes.pages : null;
  if (implied !== null && PAGE_SIZES.includes(implied)) {
    problems.push(
      `line ${sizes.line}: s+r+d = ${sum} bytes in ${sizes.pages} pages means ${implied}-byte pages, ` +
        `not ${pageSize}: give the page size to reproduce this log`,
    );
  } else {
    problems.push(`line ${sizes.line}: s+r+d = ${sum} bytes does not fill ${sizes.pages} pages of ${pageSize} bytes`);
  }
}

/** Sizes printed twice (Embedded line and dump header) must agree. */
function checkHeaderAgrees(sizes: EmbeddedRecord | PageChunkRecord, header: AllocInfoRecord, problems: string[]): void {
  const pairs: [string, number, number][] = [
    ['s', sizes.staticSize, header.staticSize],
    ['r', sizes.reservedSize, header.reservedSize],
    ['d', sizes.dynSize, header.dynSize],
  ];
  if (sizes.kind === 'embedded') pairs.push(['u', sizes.unitSize, header.unitSize]);
  for (const [name, a, b] of pairs) {
    if (a !== b) problems.push(`line ${header.line}: ${name}${b} disagrees with ${name}${a} on line ${sizes.line}`);
  }
}

function atomFrom(header: AllocInfoRecord, pageSize: number, problems: string[]): number | null {
  const atom = header.atomSize;
  if (!isPowerOfTwo(atom)) problems.push(`line ${header.line}: atom size ${atom} is not a power of two; not filled in`);
  else if (atom < pageSize)
    problems.push(`line ${header.line}: atom size ${atom} is below the ${pageSize}-byte page; not filled in`);
  else if (atom > 2 ** CONFIG_LIMITS.atomSize.maxLog2)
    problems.push(
      `line ${header.line}: atom size ${atom} is above ${2 ** CONFIG_LIMITS.atomSize.maxLog2}; not filled in`,
    );
  else return atom;
  return null;
}

/** cpus and cpuToNode from the dump: the CPUs it lists, group g read as node g. */
function cpusFrom(groups: GroupsRecord[], header: AllocInfoRecord | undefined, problems: string[]): Partial<Config> {
  const upa =
    header && header.unitSize > 0 && (header.allocs * header.atomSize) % header.unitSize === 0
      ? (header.allocs * header.atomSize) / header.unitSize
      : null;
  if (header && upa === null) {
    problems.push(
      `line ${header.line}: alloc size ${header.allocs}*${header.atomSize} is not a whole number of u${header.unitSize} units`,
    );
  }
  const nodeOf = new Map<number, number>();
  let ok = true;
  for (const record of groups) {
    for (const allocation of record.allocations) {
      if (upa !== null && allocation.cpus.length !== upa) {
        problems.push(
          `line ${record.line}: allocation [${allocation.group}] has ${allocation.cpus.length} units, the header implies ${upa}`,
        );
      }
      for (const cpu of allocation.cpus) {
        if (cpu === null) continue;
        if (nodeOf.has(cpu)) {
          problems.push(`line ${record.line}: CPU ${cpu} appears twice in the dump`);
          ok = false;
        } else nodeOf.set(cpu, allocation.group);
      }
    }
  }
  if (nodeOf.size === 0) {
    if (groups.length) problems.push(`line ${groups[0]!.line}: the dump lists no CPUs`);
    return {};
  }
  let cpus = 0;
  for (const cpu of nodeOf.keys()) cpus = Math.max(cpus, cpu + 1);
  const missing: number[] = [];
  for (let cpu = 0; cpu < cpus && missing.length < 5; cpu++) if (!nodeOf.has(cpu)) missing.push(cpu);
  if (missing.length) {
    problems.push(
      `the dump skips CPU ${missing.join(', ')}: the model numbers CPUs 0..N-1, so cpus and nodes are not filled in`,
    );
    ok = false;
  }
  if (!inRange(cpus, CONFIG_LIMITS.cpus)) {
    problems.push(
      `the dump lists CPUs up to ${cpus - 1}; the model takes ${CONFIG_LIMITS.cpus.min}..${CONFIG_LIMITS.cpus.max} CPUs`,
    );
    ok = false;
  }
  if (!ok) return {};
  const cpuToNode = Array.from({ length: cpus }, (_, cpu) => nodeOf.get(cpu)!);
  const maxGroup = Math.max(...cpuToNode);
  if (maxGroup > CONFIG_LIMITS.node.max) {
    problems.push(
      `the dump has group ${maxGroup}; the model takes nodes up to ${CONFIG_LIMITS.node.max}, so only cpus is filled in`,
    );
    return { cpus };
  }
  return { cpus, cpuToNode };
}

/** Drops any field the scenario schema still refuses, naming it, so the suggestion always loads. */
function keepValid(config: Partial<Config>, problems: string[]): Partial<Config> {
  const result = parseScenario({ format: 'percpu-scenario', version: 1, config, ops: [] });
  if (result.ok) return config;
  const kept: Partial<Config> = { ...config };
  for (const error of result.errors) {
    problems.push(`suggested ${error}; not filled in`);
    const field = /^config\.(\w+)/.exec(error)?.[1];
    if (field === 'cpus' || field === 'cpuToNode') {
      delete kept.cpus;
      delete kept.cpuToNode;
    } else if (field) delete kept[field as keyof Config];
  }
  return parseScenario({ format: 'percpu-scenario', version: 1, config: kept, ops: [] }).ok ? kept : {};
}

interface FoundRecords {
  embedded: EmbeddedRecord | undefined;
  pageChunk: PageChunkRecord | undefined;
  header: AllocInfoRecord | undefined;
}

/** s, r and d from the first line that prints them, with the cross-checks a real log passes. */
function fillSizes(config: Partial<Config>, found: FoundRecords, pageSize: number, problems: string[]): void {
  const { embedded, pageChunk, header } = found;
  const sizes = embedded ?? pageChunk ?? header;
  if (!sizes) {
    problems.push('no Embedded line or pcpu-alloc header: the sizes are not filled in');
    return;
  }

  const fields: [SizeField, number][] = [
    ['staticSize', sizes.staticSize],
    ['reservedSize', sizes.reservedSize],
    ['dynSize', sizes.dynSize],
  ];
  for (const [field, value] of fields) {
    const limits = CONFIG_LIMITS[field];
    if (inRange(value, limits)) config[field] = value;
    else problems.push(`line ${sizes.line}: ${field} ${value} is outside ${limits.min}..${limits.max}; not filled in`);
  }
  const sum = sizes.staticSize + sizes.reservedSize + sizes.dynSize;
  if (sum % pageSize !== 0) {
    problems.push(
      `line ${sizes.line}: s+r+d = ${sum} is not a multiple of the ${pageSize}-byte page, so the model will round dynSize up`,
    );
  }
  if (embedded) checkPages(embedded, pageSize, problems);
  if (pageChunk) {
    problems.push(
      `line ${pageChunk.line}: this kernel used the page first-chunk allocator; the model builds the embed ` +
        'first chunk unless firstChunk is page, so unit size and layout will differ',
    );
  }
  const sizesLine = embedded ?? pageChunk;
  if (sizesLine && header) checkHeaderAgrees(sizesLine, header, problems);
}

/**
 * The config a log determines. Group g of the dump becomes node g: the kernel groups CPUs
 * by NUMA distance, which the model derives from node equality. dynSize is the printed
 * (final) d: s + r + d is page aligned in a real log, so the model's rounding keeps it.
 */
export function suggestConfig(
  records: DmesgRecord[],
  options: DmesgOptions,
): { config: Partial<Config>; problems: string[] } {
  const problems: string[] = [];
  const embedded = records.find((r): r is EmbeddedRecord => r.kind === 'embedded');
  const pageChunk = records.find((r): r is PageChunkRecord => r.kind === 'page-chunk');
  const header = records.find((r): r is AllocInfoRecord => r.kind === 'alloc-info');
  const groups = records.filter((r): r is GroupsRecord => r.kind === 'groups');

  if (records.length === 0) {
    problems.push('no percpu setup lines found (looked for "PERCPU: Embedded", "percpu: Embedded" and "pcpu-alloc:")');
    return { config: {}, problems };
  }

  const { pageSize, told } = pageSizeOf(options, pageChunk, problems);
  const config: Partial<Config> = told ? { pageSize } : {};
  fillSizes(config, { embedded, pageChunk, header }, pageSize, problems);

  if (header) {
    const atom = atomFrom(header, pageSize, problems);
    if (atom !== null) config.atomSize = atom;
  }
  if (groups.length) Object.assign(config, cpusFrom(groups, header, problems));
  else {
    problems.push(
      'no pcpu-alloc dump lines: later kernels print them at KERN_DEBUG (dmesg shows them with loglevel=8); ' +
        'cpus and nodes are not filled in',
    );
  }
  return { config: keepValid(config, problems), problems };
}

/** Merges a suggestion over a config, keeping cpuToNode as long as cpus. */
export function applySuggestion(base: Config, suggestion: Partial<Config>): Config {
  const merged: Config = { ...base, ...suggestion };
  if (suggestion.cpuToNode === undefined && merged.cpuToNode.length !== merged.cpus) {
    merged.cpuToNode = new Array<number>(merged.cpus).fill(0);
  }
  return merged;
}
