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

export interface ParsedDmesg {
  /** Fields the log determines, ready to merge over a config (see applySuggestion). */
  config: Partial<Config>;
  /** The recognised percpu lines of the first boot in the text, in order. */
  lines: DmesgRecord[];
  /** Everything odd, each naming the line and the reason. */
  problems: string[];
}

export interface DmesgOptions {
  /** PAGE_SIZE of the logged machine when known; the log itself rarely says. */
  pageSize?: number;
}
