import { ERAS, eraForVersion, type Era } from '../engine/era';
import type { ContextRecord, DmesgRecord, EmbeddedRecord, PageChunkRecord, VersionContext } from './dmesgTypes';

/**
 * Which kernels a log can come from: its version line when it has one, else the range its
 * wording allows. Versions are encoded major*1e6 + minor*1e3 + patch.
 */
export const v = (major: number, minor: number, patch = 0) => major * 1_000_000 + minor * 1_000 + patch;

/** The first release of each era, and of the early-allocation change (2.6.36) itself. */
const ERA_START: Record<Era, number> = {
  '2.6.36': v(2, 6, 36),
  '2.6.37': v(2, 6, 37),
  '3.18': v(3, 18),
  '4.14': v(4, 14),
  '6.2': v(6, 2),
};
const OLDEST = v(2, 6, 32);
const NEWEST = v(99, 0);

/** A rule set the checker can boot: an era's constants, or 2.6.36's parent (no early allocation). */
export interface EraCandidate {
  era: Era;
  earlyAlloc: boolean;
  /** How the log's text is shown: "6.2", or "before 2.6.36" for the parent. */
  label: string;
}

export interface EraRange {
  lo: number;
  hi: number;
  /** Each clue that narrowed the range, as a sentence naming its line. */
  clues: string[];
  version: VersionContext | null;
}

export const show = (n: number) => {
  const major = Math.floor(n / 1_000_000);
  const minor = Math.floor(n / 1_000) % 1_000;
  const patch = n % 1_000;
  return major === 2 ? `${major}.${minor}.${patch}` : `${major}.${minor}`;
};

/** The range of releases whose wording and constants fit the log. */
export function eraRange(records: DmesgRecord[], context: ContextRecord[]): EraRange {
  const version = context.find((c): c is VersionContext => c.kind === 'version') ?? null;
  const clues: string[] = [];
  if (version) {
    const at = v(version.major, version.minor, version.patch);
    clues.push(`line ${version.line}: Linux ${version.release}`);
    return { lo: at, hi: at, clues, version };
  }
  let lo = OLDEST;
  let hi = NEWEST;
  const atLeast = (n: number, why: string) => {
    if (n > lo) lo = n;
    clues.push(why);
  };
  const atMost = (n: number, why: string) => {
    if (n < hi) hi = n;
    clues.push(why);
  };
  const sizes = records.find(
    (r): r is EmbeddedRecord | PageChunkRecord => r.kind === 'embedded' || r.kind === 'page-chunk',
  );
  if (sizes) {
    if (sizes.upperPrefix) atMost(v(4, 5, 999), `line ${sizes.line}: "PERCPU:" (lower-case "percpu:" since 4.6)`);
    else atLeast(v(4, 6), `line ${sizes.line}: "percpu:" (pr_fmt prefix, 4.6 and later)`);
    if (sizes.address === null) atLeast(v(5, 2), `line ${sizes.line}: no @address (dropped in 5.2)`);
    else if (/ptrval/.test(sizes.address)) {
      atLeast(v(4, 15), `line ${sizes.line}: a hashed @(ptrval) (4.15 to 5.1)`);
      hi = Math.min(hi, v(5, 1, 999));
    } else atMost(v(4, 14, 999), `line ${sizes.line}: a raw @address (before 4.15's pointer hashing)`);
    if (sizes.kind === 'embedded' && sizes.unitSize < 65536)
      atLeast(v(2, 6, 37), `line ${sizes.line}: u${sizes.unitSize} is below 2.6.36's 64 KiB minimum unit`);
  }
  const header = records.find((r) => r.kind === 'alloc-info');
  if (header && header.kind === 'alloc-info' && header.unitSize < 65536)
    atLeast(v(2, 6, 37), `line ${header.line}: u${header.unitSize} is below 2.6.36's 64 KiB minimum unit`);
  for (const c of context) {
    if (c.kind !== 'failure' || c.form !== 'alloc-failed') continue;
    if (c.atomic !== null) atLeast(v(3, 18), `line ${c.line}: "atomic=" in the failure line (3.18 and later)`);
    else atMost(v(3, 17, 999), `line ${c.line}: no "atomic=" in the failure line (before 3.18)`);
    if (c.upperPrefix === false) atLeast(v(4, 6), `line ${c.line}: "percpu:" (4.6 and later)`);
  }
  if (lo > hi) clues.push('these clues contradict each other');
  return { lo, hi, clues, version: null };
}

/** Every rule set a release range allows, newest first. */
export function candidatesFor(range: EraRange): EraCandidate[] {
  const lo = Math.min(range.lo, range.hi);
  const hi = Math.max(range.lo, range.hi);
  const out: EraCandidate[] = [];
  const eras = [...ERAS].reverse();
  for (let i = 0; i < eras.length; i++) {
    const era = eras[i]!;
    const start = ERA_START[era];
    const end = i === 0 ? NEWEST : ERA_START[eras[i - 1]!] - 1;
    if (start <= hi && end >= lo) out.push({ era, earlyAlloc: true, label: era });
  }
  if (lo < ERA_START['2.6.36']) out.push({ era: '2.6.36', earlyAlloc: false, label: 'before 2.6.36' });
  return out;
}

/** The rule set of one exact release. */
export function candidateForVersion(version: VersionContext): EraCandidate {
  const at = v(version.major, version.minor, version.patch);
  if (at < ERA_START['2.6.36']) return { era: '2.6.36', earlyAlloc: false, label: 'before 2.6.36' };
  const era = eraForVersion(version.major, version.minor, version.patch);
  return { era, earlyAlloc: true, label: era };
}
