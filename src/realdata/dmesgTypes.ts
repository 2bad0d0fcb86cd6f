import type { Config } from '../engine/types';

/** The four sizes every percpu setup line prints (s, r, d, u). */
export interface SetupSizes {
  staticSize: number;
  reservedSize: number;
  /** The final dyn_size, already rounded so that s + r + d fills whole pages. */
  dynSize: number;
}

/** `PERCPU: Embedded P pages/cpu [@ADDR] sS rR dD uU` (or `percpu:` in later kernels). */
export interface EmbeddedRecord extends SetupSizes {
  kind: 'embedded';
  /** 1-based number of the line the record starts on. */
  line: number;
  /** Every physical line the record was joined from (more than one when wrapped). */
  lines: number[];
  text: string;
  pages: number;
  /** The `@ADDR` token when printed (early kernels), e.g. `ffff880001e00000`. */
  address: string | null;
  unitSize: number;
  /** `PERCPU:` (up to 4.5) rather than `percpu:` (4.6 and later). */
  upperPrefix: boolean;
}

/** `PERCPU: P NK pages/cpu [@ADDR] sS rR dD`: the page first-chunk allocator (percpu_alloc=page). */
export interface PageChunkRecord extends SetupSizes {
  kind: 'page-chunk';
  line: number;
  lines: number[];
  text: string;
  pages: number;
  /** Page size taken from the `4K`-style token. */
  pageSize: number;
  address: string | null;
  upperPrefix: boolean;
}

/** `pcpu-alloc: sS rR dD uU alloc=N*ATOM`: the header of the alloc-info dump. */
export interface AllocInfoRecord extends SetupSizes {
  kind: 'alloc-info';
  line: number;
  lines: number[];
  text: string;
  unitSize: number;
  /** alloc_size / atom_size. */
  allocs: number;
  atomSize: number;
}

/** One `[g] cpu cpu ...` block of the dump: an allocation of upa unit slots. */
export interface DumpAllocation {
  group: number;
  /** CPU per unit slot; null where the kernel prints dashes (an empty unit). */
  cpus: (number | null)[];
}

/** `pcpu-alloc: [0] 0 1 2 3 [1] ...`: one logical dump line (wrapped pieces joined). */
export interface GroupsRecord {
  kind: 'groups';
  line: number;
  lines: number[];
  text: string;
  allocations: DumpAllocation[];
}

export type DmesgRecord = EmbeddedRecord | PageChunkRecord | AllocInfoRecord | GroupsRecord;

/** `Linux version 5.15.0-91-generic (...)`: the release, and a word size when the line names an arch. */
export interface VersionContext {
  kind: 'version';
  line: number;
  text: string;
  major: number;
  minor: number;
  patch: number;
  /** The release as printed, e.g. `5.15.0-91-generic`. */
  release: string;
  /** The arch the line names (x86_64, i686, aarch64, ...), or null. */
  arch: string | null;
  wordBits: 64 | 32 | null;
}

/** `setup_percpu: NR_CPUS:64 nr_cpumask_bits:64 nr_cpu_ids:4 nr_node_ids:1` (x86). */
export interface CpusContext {
  kind: 'cpus';
  line: number;
  text: string;
  nrCpuIds: number;
  nrNodeIds: number;
}

/** A percpu failure line: pcpu_alloc's warning, the illegal-request WARN, the limit, a setup BUG. */
export interface FailureRecord {
  kind: 'failure';
  line: number;
  text: string;
  form: 'alloc-failed' | 'illegal' | 'limit' | 'init-failed';
  size: number | null;
  align: number | null;
  /** `atomic=N` (3.18 and later), or null when the line has none. */
  atomic: number | null;
  reason: string | null;
  /** `PERCPU:` (up to 4.5) rather than `percpu:`; null for lines without the prefix. */
  upperPrefix: boolean | null;
}

export type ContextRecord = VersionContext | CpusContext | FailureRecord;

/** A line that looks like a percpu setup line but could not be read. */
export interface UnreadableLine {
  line: number;
  text: string;
  why: string;
}

export interface ParsedDmesg {
  /** Fields the log determines, ready to merge over a config (see applySuggestion). */
  config: Partial<Config>;
  /** The recognised percpu lines of the first boot in the text, in order. */
  lines: DmesgRecord[];
  /** Everything odd, each naming the line and the reason. */
  problems: string[];
  /** Lines read for context (version, CPU count) and failure lines, in order. */
  context: ContextRecord[];
  /** Lines that look like percpu setup lines but could not be read. */
  unreadable: UnreadableLine[];
  /** True when the text was quoted-printable and was decoded first. */
  quotedPrintable: boolean;
}

export interface DmesgOptions {
  /** PAGE_SIZE of the logged machine when known; the log itself rarely says. */
  pageSize?: number;
}
