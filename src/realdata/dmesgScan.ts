import { cleanLine, decimal, splitLines } from './logLine';
import { prepareLogText } from './logText';
import type { ContextRecord, DmesgRecord, DumpAllocation, UnreadableLine, VersionContext } from './dmesgTypes';

/*
 * The kernel's own format strings (mm/percpu.c) behind the patterns:
 *   pcpu_embed_first_chunk: "PERCPU: Embedded %zu pages/cpu @%p s%zu r%zu d%zu u%zu\n"
 *     (later "percpu: Embedded ..." through pr_fmt, and later still without "@%p")
 *   pcpu_page_first_chunk:  "PERCPU: %d %s pages/cpu @%p s%zu r%zu d%zu\n" (%s is e.g. "4K")
 *   pcpu_dump_alloc_info:   "pcpu-alloc: s%zu r%zu d%zu u%zu alloc=%zu*%zu", then per allocation
 *     "[%0*d] " and per unit "%0*d " or a run of dashes, under "pcpu-alloc: " line heads.
 */
// `@ADDR`, `@(____ptrval____)` (4.15+ hashing) and `@        (ptrval)` (padded) all read as one token.
const EMBEDDED = /percpu:\s*Embedded\s+(\d+)\s+pages\/cpu\s+(?:@\s*(\S+)\s+)?s(\d+)\s+r(\d+)\s+d(\d+)\s+u(\d+)\b/i;
const EMBEDDED_START = /percpu:\s*Embedded\b/i;
const PAGE_CHUNK = /percpu:\s*(\d+)\s+(\d+)K\s+pages\/cpu\s+(?:@\s*(\S+)\s+)?s(\d+)\s+r(\d+)\s+d(\d+)\b/i;
const PAGE_CHUNK_START = /percpu:\s*\d+\s+\d+K\s+pages\/cpu\b/i;
const DUMP_START = /pcpu-alloc:/i;
const HEADER = /^s(\d+)\s+r(\d+)\s+d(\d+)\s+u(\d+)\s+alloc=(\d+)\*(\d+)\b/;
const HEADER_START = /^s\d/;
/** A wrapped-off tail of a dump line: only group tags, CPU numbers and dashes. */
const DUMP_CONTINUATION = /^(?:(?:\[\d+\]|\d+|-+)(?:\s+|$))+$/;
const FAILED_INIT = /percpu:\s*failed to initialize\b.*$/i;
/** Anything that starts a record of its own, and so can never be a wrapped tail. */
const ANY_MARKER = /percpu:|pcpu-alloc:/i;

/*
 * Context and failure lines (their format strings: init/version.c's linux_banner
 * "Linux version %s (...)", x86 setup_percpu's "NR_CPUS:%d nr_cpumask_bits:%d nr_cpu_ids:%u
 * nr_node_ids:%u", pcpu_alloc's "allocation failed, size=%zu align=%zu[ atomic=%d], %s" and
 * "illegal size (%zu) or align (%zu) for percpu allocation", "limit reached, disable warning").
 */
const VERSION = /\bLinux version (\d+)\.(\d+)(?:\.(\d+))?(\S*)(.*)$/;
const SETUP_PERCPU =
  /setup_percpu:\s*NR_CPUS:\s*(\d+)\s+nr_cpumask_bits:\s*(\d+)\s+nr_cpu_ids:\s*(\d+)\s+nr_node_ids:\s*(\d+)/;
const ALLOC_FAILED = /(percpu):\s*allocation failed, size=(\d+) align=(\d+)(?: atomic=(\d+))?, (.+?)\s*$/i;
const ILLEGAL = /illegal size \((\d+)\) or align \((\d+)\) for percpu allocation/;
const LIMIT = /(percpu):\s*limit reached, disable warning/i;

/** Arch names a version line may carry (in the release or the builder's host name), with their word size. */
const ARCHES: [RegExp, string, 64 | 32][] = [
  [/x86_64|amd64/, 'x86_64', 64],
  [/\bi[3-6]86\b|\.i[3-6]86|x86_32|-686|-pae\b/i, 'x86_32', 32],
  [/aarch64|arm64/, 'arm64', 64],
  [/armv\d|armhf|armel|\barm\b/, 'arm', 32],
  [/ppc64|powerpc64/, 'ppc64', 64],
  [/riscv64/, 'riscv64', 64],
  [/loongarch64/, 'loongarch64', 64],
  [/sparc64/, 'sparc64', 64],
  [/s390x/, 's390x', 64],
  [/ia64|itanium/i, 'ia64', 64],
  [/mips64/, 'mips64', 64],
];

export interface ScanResult {
  records: DmesgRecord[];
  problems: string[];
  context: ContextRecord[];
  unreadable: UnreadableLine[];
  quotedPrintable: boolean;
}

function versionContext(line: number, text: string, match: RegExpExecArray): VersionContext | null {
  const [major, minor, patch] = [decimal(match[1]), decimal(match[2]), decimal(match[3] ?? '0')];
  if (major === null || minor === null || patch === null) return null;
  const release = `${match[1]}.${match[2]}${match[3] !== undefined ? `.${match[3]}` : ''}${match[4] ?? ''}`;
  const arch = ARCHES.find(([pattern]) => pattern.test(`${release} ${match[5] ?? ''}`));
  return {
    kind: 'version',
    line,
    text: text.slice(0, 200),
    major,
    minor,
    patch,
    release,
    arch: arch?.[1] ?? null,
    wordBits: arch?.[2] ?? null,
  };
}

/** Version, CPU-count and failure lines; null when the line is none of those. */
function contextRecord(line: number, text: string): ContextRecord | null {
  const version = VERSION.exec(text);
  if (version) return versionContext(line, text, version);
  const cpus = SETUP_PERCPU.exec(text);
  if (cpus) {
    const nrCpuIds = decimal(cpus[3]);
    const nrNodeIds = decimal(cpus[4]);
    if (nrCpuIds === null || nrNodeIds === null) return null;
    return { kind: 'cpus', line, text: cpus[0], nrCpuIds, nrNodeIds };
  }
  const failed = ALLOC_FAILED.exec(text);
  if (failed) {
    return {
      kind: 'failure',
      line,
      text: failed[0],
      form: 'alloc-failed',
      size: decimal(failed[2]),
      align: decimal(failed[3]),
      atomic: failed[4] === undefined ? null : decimal(failed[4]),
      reason: failed[5]!.slice(0, 120),
      upperPrefix: failed[1] === 'PERCPU',
    };
  }
  const illegal = ILLEGAL.exec(text);
  if (illegal) {
    const [size, align] = [decimal(illegal[1]), decimal(illegal[2])];
    return {
      kind: 'failure',
      line,
      text: illegal[0],
      form: 'illegal',
      size,
      align,
      atomic: null,
      reason: null,
      upperPrefix: null,
    };
  }
  const limit = LIMIT.exec(text);
  if (limit) {
    return {
      kind: 'failure',
      line,
      text: limit[0],
      form: 'limit',
      size: null,
      align: null,
      atomic: null,
      reason: null,
      upperPrefix: limit[1] === 'PERCPU',
    };
  }
  return null;
}

/** Joins a record's start with following lines until `pattern` matches (email-wrapped lines). */
function matchWrapped(
  clean: string[],
  index: number,
  start: string,
  pattern: RegExp,
): { match: RegExpExecArray; lines: number[] } | null {
  let text = start;
  const lines = [index + 1];
  for (let extra = 0; extra <= 2; extra++) {
    const match = pattern.exec(text);
    if (match) return { match, lines };
    const next = clean[index + extra + 1];
    if (next === undefined || next.trim() === '' || ANY_MARKER.test(next)) return null;
    text += ' ' + next.trim();
    lines.push(index + extra + 2);
  }
  return null;
}

/** The numbers of a match, or null when one does not fit a safe integer. */
function numbers(match: RegExpExecArray, groups: number[]): number[] | null {
  const out: number[] = [];
  for (const g of groups) {
    const value = decimal(match[g]);
    if (value === null) return null;
    out.push(value);
  }
  return out;
}

/** Reads `[g] cpu cpu - ...` tokens; stops at the first token that is none of those. */
export function parseAllocations(text: string): { allocations: DumpAllocation[]; error: string | null } {
  const allocations: DumpAllocation[] = [];
  for (const token of text.trim().split(/\s+/).filter(Boolean)) {
    const tag = /^\[(\d+)\]$/.exec(token);
    if (tag) {
      const group = decimal(tag[1]);
      if (group === null) return { allocations, error: `group number ${token} is too large` };
      allocations.push({ group, cpus: [] });
      continue;
    }
    const current = allocations[allocations.length - 1];
    if (!current) return { allocations, error: `expected a [group] tag first, found "${token.slice(0, 20)}"` };
    if (/^-+$/.test(token)) current.cpus.push(null);
    else if (/^\d+$/.test(token)) {
      const cpu = decimal(token);
      if (cpu === null) return { allocations, error: `CPU number ${token.slice(0, 20)} is too large` };
      current.cpus.push(cpu);
    } else return { allocations, error: `unexpected "${token.slice(0, 20)}"` };
  }
  if (allocations.length === 0) return { allocations, error: 'no allocations on it' };
  return { allocations, error: null };
}

/**
 * Finds the percpu setup lines of the first boot in a pasted log. Later boots in the same
 * paste are reported and left out, so one config describes one machine.
 */
export function scanDmesg(text: string): ScanResult {
  const prepared = prepareLogText(text);
  const clean = splitLines(prepared.text).map(cleanLine);
  const records: DmesgRecord[] = [];
  const problems: string[] = [];
  const context: ContextRecord[] = [];
  const unreadable: UnreadableLine[] = [];
  const cannotRead = (lineNo: number, why: string) => {
    problems.push(`line ${lineNo}: ${why}; ignored`);
    unreadable.push({ line: lineNo, text: clean[lineNo - 1]!.slice(0, 200), why });
  };
  let firstLine = 0;
  let seenSizesLine = false;
  let seenHeader = false;

  const startsNewBoot = (lineNo: number, isHeader: boolean): boolean => {
    const repeated = isHeader ? seenHeader : seenSizesLine || seenHeader;
    if (!repeated) return false;
    problems.push(
      `line ${lineNo}: another boot's percpu setup starts here; only the first (from line ${firstLine}) is used`,
    );
    return true;
  };
  const remember = (lineNo: number) => {
    if (!firstLine) firstLine = lineNo;
  };

  for (let i = 0; i < clean.length; i++) {
    const line = clean[i]!;
    const lineNo = i + 1;

    const failed = FAILED_INIT.exec(line);
    if (failed) {
      problems.push(`line ${lineNo}: the kernel says "${failed[0].slice(0, 120)}": this boot's percpu setup failed`);
      context.push({
        kind: 'failure',
        line: lineNo,
        text: failed[0].slice(0, 200),
        form: 'init-failed',
        size: null,
        align: null,
        atomic: null,
        reason: failed[0].replace(/^percpu:\s*failed to initialize,?\s*/i, '').slice(0, 120),
        upperPrefix: failed[0].startsWith('PERCPU'),
      });
      continue;
    }
    const found = contextRecord(lineNo, line);
    if (found) {
      if (found.kind === 'version' && context.some((c) => c.kind === 'version') && records.length > 0) {
        problems.push(`line ${lineNo}: another boot starts here; only the first is used`);
        break;
      }
      context.push(found);
      continue;
    }

    const embeddedAt = line.search(EMBEDDED_START);
    if (embeddedAt >= 0) {
      const found = matchWrapped(clean, i, line.slice(embeddedAt), EMBEDDED);
      const values = found && numbers(found.match, [1, 3, 4, 5, 6]);
      if (!found || !values) {
        cannotRead(lineNo, 'an Embedded line without readable pages/s/r/d/u numbers');
        continue;
      }
      if (startsNewBoot(lineNo, false)) break;
      const [pages, staticSize, reservedSize, dynSize, unitSize] = values as [number, number, number, number, number];
      remember(lineNo);
      seenSizesLine = true;
      records.push({
        kind: 'embedded',
        line: lineNo,
        lines: found.lines,
        text: found.match[0],
        pages,
        address: found.match[2] ?? null,
        staticSize,
        reservedSize,
        dynSize,
        unitSize,
        upperPrefix: /PERCPU:/.test(found.match[0]),
      });
      i = found.lines[found.lines.length - 1]! - 1;
      continue;
    }

    const pageChunkAt = line.search(PAGE_CHUNK_START);
    if (pageChunkAt >= 0) {
      const found = matchWrapped(clean, i, line.slice(pageChunkAt), PAGE_CHUNK);
      const values = found && numbers(found.match, [1, 2, 4, 5, 6]);
      if (!found || !values) {
        cannotRead(lineNo, 'a page first-chunk line without readable s/r/d numbers');
        continue;
      }
      if (startsNewBoot(lineNo, false)) break;
      const [pages, kib, staticSize, reservedSize, dynSize] = values as [number, number, number, number, number];
      remember(lineNo);
      seenSizesLine = true;
      records.push({
        kind: 'page-chunk',
        line: lineNo,
        lines: found.lines,
        text: found.match[0],
        pages,
        pageSize: kib * 1024,
        address: found.match[3] ?? null,
        staticSize,
        reservedSize,
        dynSize,
        upperPrefix: /PERCPU:/.test(found.match[0]),
      });
      i = found.lines[found.lines.length - 1]! - 1;
      continue;
    }

    const dumpAt = DUMP_START.exec(line);
    if (!dumpAt) continue;
    const rest = line.slice(dumpAt.index + dumpAt[0].length).trim();

    if (HEADER_START.test(rest)) {
      const found = matchWrapped(clean, i, rest, HEADER);
      const values = found && numbers(found.match, [1, 2, 3, 4, 5, 6]);
      if (!found || !values) {
        cannotRead(lineNo, 'a pcpu-alloc header without readable s/r/d/u/alloc= numbers');
        continue;
      }
      if (startsNewBoot(lineNo, true)) break;
      const [staticSize, reservedSize, dynSize, unitSize, allocs, atomSize] = values as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      remember(lineNo);
      seenHeader = true;
      records.push({
        kind: 'alloc-info',
        line: lineNo,
        lines: found.lines,
        text: `pcpu-alloc: ${found.match[0]}`,
        staticSize,
        reservedSize,
        dynSize,
        unitSize,
        allocs,
        atomSize,
      });
      i = found.lines[found.lines.length - 1]! - 1;
      continue;
    }

    // A dump line, plus any tails an e-mail client or a split pr_cont moved to the next lines.
    let body = rest;
    const lines = [lineNo];
    while (i + 1 < clean.length && DUMP_CONTINUATION.test(clean[i + 1]!.trim()) && !ANY_MARKER.test(clean[i + 1]!)) {
      i++;
      body += ' ' + clean[i]!.trim();
      lines.push(i + 1);
    }
    const { allocations, error } = parseAllocations(body);
    if (error) {
      cannotRead(lineNo, `pcpu-alloc dump line: ${error}`);
      continue;
    }
    remember(lineNo);
    records.push({ kind: 'groups', line: lineNo, lines, text: `pcpu-alloc: ${body.trim()}`, allocations });
  }
  return { records, problems, context, unreadable, quotedPrintable: prepared.quotedPrintable };
}
