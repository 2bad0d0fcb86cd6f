import { cleanLine, decimal, splitLines } from './logLine';
import type { DmesgRecord, DumpAllocation } from './dmesgTypes';

/*
 * The kernel's own format strings (mm/percpu.c) behind the patterns:
 *   pcpu_embed_first_chunk: "PERCPU: Embedded %zu pages/cpu @%p s%zu r%zu d%zu u%zu\n"
 *     (later "percpu: Embedded ..." through pr_fmt, and later still without "@%p")
 *   pcpu_page_first_chunk:  "PERCPU: %d %s pages/cpu @%p s%zu r%zu d%zu\n" (%s is e.g. "4K")
 *   pcpu_dump_alloc_info:   "pcpu-alloc: s%zu r%zu d%zu u%zu alloc=%zu*%zu", then per allocation
 *     "[%0*d] " and per unit "%0*d " or a run of dashes, under "pcpu-alloc: " line heads.
 */
const EMBEDDED = /percpu:\s*Embedded\s+(\d+)\s+pages\/cpu\s+(?:@(\S+)\s+)?s(\d+)\s+r(\d+)\s+d(\d+)\s+u(\d+)\b/i;
const EMBEDDED_START = /percpu:\s*Embedded\b/i;
const PAGE_CHUNK = /percpu:\s*(\d+)\s+(\d+)K\s+pages\/cpu\s+(?:@(\S+)\s+)?s(\d+)\s+r(\d+)\s+d(\d+)\b/i;
const PAGE_CHUNK_START = /percpu:\s*\d+\s+\d+K\s+pages\/cpu\b/i;
const DUMP_START = /pcpu-alloc:/i;
const HEADER = /^s(\d+)\s+r(\d+)\s+d(\d+)\s+u(\d+)\s+alloc=(\d+)\*(\d+)\b/;
const HEADER_START = /^s\d/;
/** A wrapped-off tail of a dump line: only group tags, CPU numbers and dashes. */
const DUMP_CONTINUATION = /^(?:(?:\[\d+\]|\d+|-+)(?:\s+|$))+$/;
const FAILED_INIT = /percpu:\s*failed to initialize\b.*$/i;
/** Anything that starts a record of its own, and so can never be a wrapped tail. */
const ANY_MARKER = /percpu:|pcpu-alloc:/i;

export interface ScanResult {
  records: DmesgRecord[];
  problems: string[];
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
  const clean = splitLines(text).map(cleanLine);
  const records: DmesgRecord[] = [];
  const problems: string[] = [];
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
      continue;
    }

    const embeddedAt = line.search(EMBEDDED_START);
    if (embeddedAt >= 0) {
      const found = matchWrapped(clean, i, line.slice(embeddedAt), EMBEDDED);
      const values = found && numbers(found.match, [1, 3, 4, 5, 6]);
      if (!found || !values) {
        problems.push(`line ${lineNo}: an Embedded line without readable pages/s/r/d/u numbers; ignored`);
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
      });
      i = found.lines[found.lines.length - 1]! - 1;
      continue;
    }

    const pageChunkAt = line.search(PAGE_CHUNK_START);
    if (pageChunkAt >= 0) {
      const found = matchWrapped(clean, i, line.slice(pageChunkAt), PAGE_CHUNK);
      const values = found && numbers(found.match, [1, 2, 4, 5, 6]);
      if (!found || !values) {
        problems.push(`line ${lineNo}: a page first-chunk line without readable s/r/d numbers; ignored`);
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
        problems.push(`line ${lineNo}: a pcpu-alloc header without readable s/r/d/u/alloc= numbers; ignored`);
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
      problems.push(`line ${lineNo}: pcpu-alloc dump line: ${error}; ignored`);
      continue;
    }
    remember(lineNo);
    records.push({ kind: 'groups', line: lineNo, lines, text: `pcpu-alloc: ${body.trim()}`, allocations });
  }
  return { records, problems };
}
