import { eraConstants, eraModelNote } from '../engine/era';
import { setup } from '../engine/setup';
import type { Config } from '../engine/types';
import { CONFIG_LIMITS, withDefaults } from '../scenario/defaults';
import { CURRENT_SCENARIO_VERSION } from '../scenario/eraSchema';
import { parseScenario } from '../scenario/schema';
import { compareDmesg, type LineComparison } from './dmesgCompare';
import { suggestConfig } from './dmesgConfig';
import { scanDmesg } from './dmesgScan';
import type {
  AllocInfoRecord,
  CpusContext,
  DmesgRecord,
  EmbeddedRecord,
  GroupsRecord,
  PageChunkRecord,
  ParsedDmesg,
} from './dmesgTypes';
import { explainFailure } from './failureExplain';
import { candidateForVersion, candidatesFor, eraRange, show, type EraCandidate } from './logEra';

/**
 * The boot-log checker: reads a pasted log of any era, takes every input from where the
 * kernel prints it, boots the model with the era's constants, and says line by line what it
 * reproduced. Never reads the open scenario.
 */
export type Verdict = 'match' | 'partial' | 'differs' | 'no-setup-lines';
export type LineStatus = 'match' | 'differs' | 'unreadable' | 'context' | 'failure';

export interface CheckedLine {
  /** 1-based line of the (decoded) text. */
  line: number;
  text: string;
  status: LineStatus;
  /** The model's line, for setup lines. */
  model: string | null;
  reason: string | null;
}

export interface BootLogCheck {
  verdict: Verdict;
  /** The rule set used: an era ("6.2"), "before 2.6.36", or null without setup lines. */
  era: string | null;
  /** The config that reproduces the log (a version-2 scenario config), or null. */
  config: Config | null;
  lines: CheckedLine[];
  /** Where each input came from, and every assumption, as sentences. */
  notes: string[];
  /** For partial: what the log lacks to pin the setup. */
  missing: string[];
}

const PAGE_SIZES = CONFIG_LIMITS.pageSize as readonly number[];
const MiB = 1 << 20;

interface Found {
  embedded?: EmbeddedRecord;
  pageChunk?: PageChunkRecord;
  header?: AllocInfoRecord;
  groups: GroupsRecord[];
  cpus?: CpusContext;
}

function find(records: DmesgRecord[], cpus: CpusContext | undefined): Found {
  return {
    embedded: records.find((r): r is EmbeddedRecord => r.kind === 'embedded'),
    pageChunk: records.find((r): r is PageChunkRecord => r.kind === 'page-chunk'),
    header: records.find((r): r is AllocInfoRecord => r.kind === 'alloc-info'),
    groups: records.filter((r): r is GroupsRecord => r.kind === 'groups'),
    cpus,
  };
}

/** PAGE_SIZE from the page first-chunk's "4K", or from pages/cpu and s+r+d. */
function pageSizeOf(found: Found, notes: string[]): number {
  if (found.pageChunk) {
    notes.push(
      `page size ${found.pageChunk.pageSize} from "${found.pageChunk.pageSize / 1024}K" on line ${found.pageChunk.line}`,
    );
    return found.pageChunk.pageSize;
  }
  const e = found.embedded;
  if (e && e.pages > 0) {
    const sum = e.staticSize + e.reservedSize + e.dynSize;
    const size = sum / e.pages;
    if (PAGE_SIZES.includes(size)) {
      notes.push(`page size ${size}: s+r+d = ${sum} fills the ${e.pages} pages/cpu of line ${e.line}`);
      return size;
    }
  }
  notes.push('page size 4096 assumed: the log does not show it');
  return 4096;
}

/** True for a log whose only setup lines are a UP kernel's dump: s0 r0, one CPU, no sizes line. */
function isUp(found: Found): boolean {
  const h = found.header;
  if (!h || found.embedded || found.pageChunk || h.staticSize !== 0 || h.reservedSize !== 0) return false;
  const cpus = found.groups.flatMap((g) => g.allocations.flatMap((a) => a.cpus));
  return cpus.length <= 1;
}

type WordBits = 64 | 32;

function wordBitsOf(found: Found, arch: string | null, versionBits: WordBits | null): WordBits | null {
  if (versionBits) return versionBits;
  const address = (found.embedded ?? found.pageChunk)?.address;
  if (address && /^[0-9a-f]{16}$/i.test(address)) return 64;
  if (address && /^[0-9a-f]{8}$/i.test(address)) return 32;
  if (arch === 'x86_32' || arch === 'arm') return 32;
  return null;
}

function atomChoices(found: Found, pageSize: number, arch: string | null, address: string | null): number[] {
  if (found.header) return [found.header.atomSize];
  const x86_64 = arch === 'x86_64' || (address !== null && /^ffff8[89a-f]/i.test(address));
  const choices = x86_64 ? [2 * MiB, pageSize] : [pageSize, 2 * MiB, 4 * MiB, MiB];
  return [...new Set(choices)];
}

interface Attempt {
  config: Config;
  candidate: EraCandidate;
  rows: LineComparison[];
  differing: number;
  /** The model prints more dump lines than the log: the paste is cut off. */
  truncated: boolean;
}

const TRUNCATION = /^the model's dump has \d+ more line\(s\) after this one$/;
const PADDING_ONLY = /^same CPUs, different padding/;

/**
 * Boots one config and compares. `cutDump`: the dump lists fewer CPUs than nr_cpu_ids, so the
 * kernel padded numbers to a CPU and group count the model cannot see: padding is not compared.
 */
function evaluate(
  parsed: ParsedDmesg,
  config: Config,
  candidate: EraCandidate,
  lastLine: number,
  cutDump: boolean,
): Attempt | null {
  const check = parseScenario({ format: 'percpu-scenario', version: CURRENT_SCENARIO_VERSION, config, ops: [] });
  if (!check.ok) return null;
  const result = compareDmesg(parsed, setup(check.scenario.config), check.scenario.config);
  let truncated = false;
  const rows = result.lines.map((row) => {
    const endsPaste = row.kind === 'groups' && row.line >= lastLine;
    const onlyCut = row.details.length > 0 && row.details.every((d) => TRUNCATION.test(d));
    if (cutDump && row.kind === 'groups' && row.details.length > 0 && row.details.every((d) => PADDING_ONLY.test(d))) {
      truncated = true;
      return { ...row, status: 'match' as const, details: [] };
    }
    if (endsPaste && onlyCut) {
      truncated = true;
      return { ...row, status: 'match' as const, details: [] };
    }
    return row;
  });
  return {
    config: check.scenario.config,
    candidate,
    rows,
    differing: rows.filter((r) => r.status === 'differs').length,
    truncated,
  };
}

function printedDyn(found: Found): number {
  return (found.embedded ?? found.pageChunk ?? found.header)?.dynSize ?? 0;
}

/** PERCPU_DYNAMIC_RESERVE of the era for the word size (both when unknown). */
function reserveChoices(candidate: EraCandidate, bits: WordBits | null): number[] {
  const reserve = eraConstants(candidate.era).dynamicReserve;
  return bits === 64 ? [reserve[64]] : bits === 32 ? [reserve[32]] : [reserve[64], reserve[32]];
}

/** The last non-blank line of the text, to tell a cut-off paste from a short dump. */
function lastContentLine(parsedLines: DmesgRecord[]): number {
  return Math.max(0, ...parsedLines.flatMap((r) => r.lines));
}

function describeDyn(dynSize: number, candidate: EraCandidate, printed: number): string {
  const reserve = eraConstants(candidate.era).dynamicReserve;
  if (dynSize === reserve[64])
    return `dynSize ${dynSize}: PERCPU_DYNAMIC_RESERVE of 64-bit kernels (${candidate.label})`;
  if (dynSize === reserve[32])
    return `dynSize ${dynSize}: PERCPU_DYNAMIC_RESERVE of 32-bit kernels (${candidate.label})`;
  if (dynSize === reserve[64] * 4 || dynSize === reserve[64] * 8)
    return `dynSize ${dynSize}: the printed d, ${dynSize / reserve[64]}× the 64-bit PERCPU_DYNAMIC_RESERVE, as CONFIG_RANDOM_KMALLOC_CACHES kernels (6.6 and later) ask`;
  if (dynSize === printed) return `dynSize ${dynSize}: the printed d (the arch asked for some size up to it)`;
  return `dynSize ${dynSize}`;
}

/**
 * What r0 means depends on the arch: x86-32 passes PERCPU_FIRST_CHUNK_RESERVE, which is 0 there
 * (arch/x86/kernel/setup_percpu.c: only x86_64 needs modules' percpu in the first chunk), so
 * r0 says nothing about CONFIG_MODULES; elsewhere it is PERCPU_MODULE_RESERVE, 0 without modules.
 */
function reservedZeroNote(arch: string | null, bits: WordBits | null): string {
  if (arch === 'x86_32')
    return 'r0: x86-32 reserves no first-chunk module area (PERCPU_FIRST_CHUNK_RESERVE is 0 there), with or without CONFIG_MODULES';
  const maybe32 = bits === 32 ? ' (on x86-32 it is always 0: PERCPU_FIRST_CHUNK_RESERVE)' : '';
  return `r0: PERCPU_MODULE_RESERVE is 0, so the kernel was built without CONFIG_MODULES${maybe32}`;
}

/** Reads a boot log and checks it against the model. Never throws. */
export function checkBootLog(text: string): BootLogCheck {
  try {
    return checkUnsafe(typeof text === 'string' ? text : '');
  } catch (error) {
    return {
      verdict: 'no-setup-lines',
      era: null,
      config: null,
      lines: [],
      notes: [`could not read the log: ${String(error).slice(0, 200)}`],
      missing: [],
    };
  }
}

function checkUnsafe(text: string): BootLogCheck {
  const scan = scanDmesg(text);
  const notes: string[] = [];
  const missing: string[] = [];
  if (scan.quotedPrintable)
    notes.push('the text is quoted-printable mail: decoded first (line numbers count decoded lines)');
  const cpusContext = scan.context.find((c): c is CpusContext => c.kind === 'cpus');
  const found = find(scan.records, cpusContext);
  const range = eraRange(scan.records, scan.context);
  const candidates = range.version ? [candidateForVersion(range.version)] : candidatesFor(range);
  const contextLines = (primary: EraCandidate | null): CheckedLine[] =>
    scan.context.map((c) => {
      if (c.kind === 'failure')
        return { line: c.line, text: c.text, status: 'failure', model: null, reason: explainFailure(c, primary) };
      if (c.kind === 'version')
        return {
          line: c.line,
          text: c.text,
          status: 'context',
          model: null,
          reason: `the era is read from this line (${c.release})`,
        };
      return {
        line: c.line,
        text: c.text,
        status: 'context',
        model: null,
        reason: `nr_cpu_ids ${c.nrCpuIds}, nr_node_ids ${c.nrNodeIds}`,
      };
    });
  const unreadable: CheckedLine[] = scan.unreadable.map((u) => ({
    line: u.line,
    text: u.text,
    status: 'unreadable',
    model: null,
    reason: `could not read: ${u.why}`,
  }));

  if (scan.records.length === 0) {
    const lines = [...contextLines(candidates[0] ?? null), ...unreadable].sort((a, b) => a.line - b.line);
    return { verdict: 'no-setup-lines', era: null, config: null, lines, notes, missing };
  }

  const sizesRecord = found.embedded ?? found.pageChunk ?? found.header;
  if (!sizesRecord) {
    missing.push(
      'the sizes: no Embedded (or page first-chunk) line and no pcpu-alloc header, so nothing can be booted',
    );
    const lines = [
      ...scan.records.map((r) => ({
        line: r.line,
        text: r.text,
        status: 'context' as const,
        model: null,
        reason: 'not compared: the log has no line with the sizes to boot the model from',
      })),
      ...contextLines(candidates[0] ?? null),
      ...unreadable,
    ].sort((a, b) => a.line - b.line);
    return { verdict: 'partial', era: null, config: null, lines, notes, missing };
  }
  const pageSize = pageSizeOf(found, notes);
  const up = isUp(found);
  const suggestion = suggestConfig(scan.records, { pageSize });
  const version = range.version;
  const bits = wordBitsOf(found, version?.arch ?? null, version?.wordBits ?? null);
  const address = (found.embedded ?? found.pageChunk)?.address ?? null;
  const atoms = up ? [pageSize] : atomChoices(found, pageSize, version?.arch ?? null, address);

  // CPUs: the dump, else setup_percpu's nr_cpu_ids, else unknown (searched below).
  let cpuChoices: { cpus: number; cpuToNode?: number[] }[];
  let cpusKnown = true;
  let cutDump = false;
  if (up) cpuChoices = [{ cpus: 1, cpuToNode: [0] }];
  else if (suggestion.config.cpus !== undefined) {
    cpuChoices = [{ cpus: suggestion.config.cpus, cpuToNode: suggestion.config.cpuToNode }];
    notes.push(`${suggestion.config.cpus} CPUs and their groups from the pcpu-alloc dump (group g read as node g)`);
    if (cpusContext && cpusContext.nrCpuIds > suggestion.config.cpus) {
      cutDump = true;
      missing.push(
        `the dump lists ${suggestion.config.cpus} CPUs but line ${cpusContext.line} says nr_cpu_ids ${cpusContext.nrCpuIds}: the paste is cut off`,
      );
    }
  } else if (cpusContext) {
    cpuChoices = [{ cpus: cpusContext.nrCpuIds }];
    notes.push(`${cpusContext.nrCpuIds} CPUs from nr_cpu_ids on line ${cpusContext.line}`);
    if (cpusContext.nrNodeIds > 1)
      missing.push(
        `the CPUs' groups: ${cpusContext.nrNodeIds} nodes, but no pcpu-alloc dump says which CPU is on which`,
      );
  } else {
    cpusKnown = false;
    cpuChoices = Array.from({ length: 64 }, (_, i) => ({ cpus: i + 1 }));
  }

  const sizes = sizesRecord;
  const lastLine = lastContentLine(scan.records);
  const parsed: ParsedDmesg = { ...scan, lines: scan.records, config: suggestion.config };
  let best: Attempt | null = null;
  const reproducing: Attempt[] = [];
  /** Boots one candidate with each choice of the inputs the log leaves open; the first exact fit wins. */
  const tryCandidate = (candidate: EraCandidate, dynSizes: number[]): void => {
    for (const dynSize of dynSizes) {
      for (const atomSize of atoms) {
        for (const cpus of cpuChoices) {
          const config = withDefaults({
            pageSize,
            cpus: cpus.cpus,
            ...(cpus.cpuToNode && { cpuToNode: cpus.cpuToNode }),
            staticSize: up ? 1 : sizes.staticSize,
            reservedSize: sizes.reservedSize,
            dynSize,
            atomSize: Math.max(atomSize, pageSize),
            earlyAlloc: candidate.earlyAlloc,
            earlySize: eraConstants(candidate.era).earlySize,
            ...(candidate.era !== '2.6.36' && { era: candidate.era }),
            ...(found.pageChunk && { firstChunk: 'page' as const }),
            ...(up && { up: true }),
          });
          const attempt = evaluate(parsed, config, candidate, lastLine, cutDump);
          if (!attempt) continue;
          if (!best || attempt.differing < best.differing) best = attempt;
          if (attempt.differing === 0) {
            reproducing.push(attempt);
            return;
          }
        }
      }
    }
  };
  // First the arch's own request (PERCPU_DYNAMIC_RESERVE of the era), then the printed d: a
  // 64-bit d below 28 KiB cannot come from a 3.18+ kernel even if the printed d reproduces it.
  for (const candidate of candidates) tryCandidate(candidate, reserveChoices(candidate, bits));
  if (reproducing.length === 0) for (const candidate of candidates) tryCandidate(candidate, [printedDyn(found)]);
  if (reproducing.length > 0) best = reproducing[0]!;

  if (!best) {
    missing.push(
      `the log's sizes are outside what the model takes (staticSize up to ${CONFIG_LIMITS.staticSize.max}, ` +
        `reservedSize and dynSize up to ${CONFIG_LIMITS.dynSize.max}): nothing was booted`,
    );
    const lines: CheckedLine[] = [
      ...scan.records.map((r) => ({
        line: r.line,
        text: r.text,
        status: 'unreadable' as const,
        model: null,
        reason: 'not modelled: out of range',
      })),
      ...contextLines(candidates[0] ?? null),
      ...unreadable,
    ].sort((a, b) => a.line - b.line);
    return { verdict: 'partial', era: candidates[0]?.label ?? null, config: null, lines, notes, missing };
  }

  const chosen: Attempt = best;
  const era = chosen.candidate;
  if (reproducing.length > 1)
    notes.push(
      `${reproducing.map((a) => a.candidate.label).join(', ')} all reproduce it; ${era.label} (the newest) is used`,
    );
  // Say where the era and the unknown inputs came from.
  if (range.version)
    notes.push(`era ${era.label}: the rules of Linux ${range.version.release} (line ${range.version.line})`);
  else {
    const span = `${show(Math.min(range.lo, range.hi))} to ${range.hi >= 99_000_000 ? 'now' : show(range.hi)}`;
    notes.push(
      `era ${era.label} from the log's shape: ${range.clues.length ? range.clues.join('; ') : 'no wording clue'} (fits ${span})` +
        (candidates.length > 1 ? `; tried ${candidates.map((c) => c.label).join(', ')}` : ''),
    );
  }
  const printedD = printedDyn(found);
  if (!up && !found.pageChunk) notes.push(describeDyn(chosen.config.dynSize, era, printedD));
  if (!up && sizes.reservedSize === 0) notes.push(reservedZeroNote(version?.arch ?? null, bits));
  if (up)
    notes.push(
      `a uniprocessor kernel (s0 r0, one CPU): its one unit is roundup_pow_of_two(max(PCPU_MIN_UNIT_SIZE, PERCPU_DYNAMIC_RESERVE))`,
    );
  if (!found.header && !up) {
    missing.push(
      'the pcpu-alloc dump (current kernels print it at KERN_DEBUG: boot with loglevel=8 or read dmesg in full)',
    );
    notes.push(
      `atom ${chosen.config.atomSize} assumed (the log has no alloc= header)${atoms.length > 1 ? `: the first of ${atoms.join(', ')} that reproduces u` : ''}`,
    );
  } else if (found.header && found.groups.length === 0) {
    missing.push(
      found.header.line >= lastLine
        ? 'the pcpu-alloc group lines: the paste ends right after the pcpu-alloc header (cut off)'
        : "the pcpu-alloc dump's group lines (which CPU is in which group)",
    );
  }
  if (!cpusKnown) {
    missing.push('the CPU count (no setup_percpu nr_cpu_ids line and no dump)');
    if (chosen.differing === 0) notes.push(`${chosen.config.cpus} CPUs is the smallest count that reproduces u`);
  }
  if (!found.embedded && !found.pageChunk && !up)
    missing.push('the Embedded (or page first-chunk) line with pages/cpu');
  if (chosen.truncated && !cutDump)
    missing.push('the end of the dump: the paste is cut off before the last pcpu-alloc line');
  for (const u of scan.unreadable) missing.push(`line ${u.line} could not be read`);
  const note = eraModelNote(chosen.config);
  if (note) notes.push(note);

  const setupRows: CheckedLine[] = chosen.rows.map((row) => ({
    line: row.line,
    text: row.text,
    status: row.status,
    model: row.model,
    reason: row.details.length ? row.details.join('; ') : null,
  }));
  const lines = [...setupRows, ...contextLines(era), ...unreadable].sort((a, b) => a.line - b.line);
  const verdict: Verdict = chosen.differing > 0 ? 'differs' : missing.length > 0 ? 'partial' : 'match';
  if (verdict === 'differs' && candidates.length === 1 && range.version) {
    notes.push(`no other era was tried: the version line fixes ${era.label}`);
  }
  return { verdict, era: era.label, config: chosen.config, lines, notes, missing };
}
