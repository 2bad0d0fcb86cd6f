import type { LiveAllocs } from './liveAllocs';
import type { MapStorage } from './constants';
import type { Era, FirstChunkPath } from './era';

/**
 * A fully defaulted scenario configuration (formats.md §1 "config"). The three optional
 * fields are scenario format version 2 (docs/formats.md); absent, they mean 2.6.36's embed
 * first chunk on an SMP kernel, so version-1 configs are unchanged.
 */
export interface Config {
  earlyAlloc: boolean;
  pageSize: number;
  cpus: number;
  cpuToNode: number[];
  staticSize: number;
  reservedSize: number;
  dynSize: number;
  atomSize: number;
  earlySize: number;
  earlySlots: number;
  /** Whose first-chunk constants setup uses (engine/era.ts). */
  era?: Era;
  /** pcpu_embed_first_chunk (default) or pcpu_page_first_chunk (percpu_alloc=page). */
  firstChunk?: FirstChunkPath;
  /** A CONFIG_SMP=n kernel (2.6.37 and later): one unit, no static or reserved area. */
  up?: boolean;
}

export interface AllocOp {
  op: 'alloc';
  size: number;
  align: number;
  reserved?: boolean;
  label?: string;
}
export interface FreeOp {
  op: 'free';
  /** Index of the alloc op whose allocation is freed. */
  alloc: number;
}
export interface SlabOnlineOp {
  op: 'slab-online';
}
export interface MarkOp {
  op: 'mark';
  label: string;
}
export type Op = AllocOp | FreeOp | SlabOnlineOp | MarkOp;
export type OpKind = Op['op'];

export interface Scenario {
  format: 'percpu-scenario';
  /** 1, or 2 when it uses a version-2 field (a lecture; the config's era, firstChunk, up). */
  version: 1 | 2;
  title?: string;
  description?: string;
  config: Config;
  ops: Op[];
}

export interface GroupLayout {
  baseOffset: number;
  nrUnits: number;
  /** One entry per unit slot: the CPU it serves, or null for an empty unit. */
  cpuMap: (number | null)[];
}

export interface Layout {
  staticSize: number;
  reservedSize: number;
  dynSize: number;
  unitSize: number;
  atomSize: number;
  allocSize: number;
  upa: number;
  groups: GroupLayout[];
  unitMap: number[];
  unitOffsets: number[];
  nrSlots: number;
}

export type ChunkRole = 'reserved' | 'first' | 'dynamic';

/**
 * Owner codes stored beside each map entry. Non-negative values are the index of the
 * alloc op that owns an allocated area.
 */
export const OWNER_FREE = -1;
/** The kernel's static percpu section. */
export const OWNER_STATIC = -2;
/** The dynamic first chunk's view of static + reserved as one allocated block. */
export const OWNER_STATIC_AND_RESERVED = -3;

export interface Chunk {
  id: number;
  role: ChunkRole;
  /** Signed area lengths in address order: positive free, negative allocated. */
  map: number[];
  /** Parallel to map: the owning alloc op index or one of the OWNER_* codes. */
  owners: number[];
  mapAlloc: number;
  mapStorage: MapStorage;
  contigHint: number;
  freeSize: number;
  /** Populated pages of one unit as flat [start, end, start, end, ...] half-open ranges. */
  populated: number[];
  /** First-chunk structures are never populated or depopulated. */
  immutable: boolean;
  /**
   * Where a created chunk's struct came from (post: pcpu_mem_alloc, so vmalloc above a page;
   * pre: kzalloc, always slab). Absent for the first-chunk structures, which are static.
   */
  structStorage?: 'kmalloc' | 'vmalloc';
}

/** Where a live allocation sits; keyed by the alloc op index. */
export interface LiveAlloc {
  chunk: number;
  offset: number;
}

/** The whole mutable allocator state after some number of steps. */
export interface EngineState {
  config: Config;
  layout: Layout;
  /** Live chunks ordered by id. */
  chunks: Chunk[];
  /** pcpu_slot[]: chunk ids per slot in list order (head first). */
  slots: number[][];
  reservedChunkId: number | null;
  firstChunkId: number;
  nextChunkId: number;
  slabAvailable: boolean;
  warnLimit: number;
  memAllocWarned: boolean;
  /** Set once a step crashed the kernel; nothing runs after it. */
  halted: boolean;
  live: LiveAllocs;
}

export type FailureReason =
  | 'illegal size or align'
  | 'alloc from reserved chunk failed'
  | 'failed to extend area map of reserved chunk'
  | 'failed to extend area map'
  | 'failed to allocate new chunk'
  | 'failed to populate'
  | 'kernel crash';

export interface StepOutcome {
  index: number;
  op: OpKind;
  ok: boolean;
  chunk: number | null;
  offset: number | null;
  error: FailureReason | null;
  dmesg: string[];
}
