import type { MapStorage } from './constants';
import type { ChunkRole, FailureReason, Layout, OpKind } from './types';

/** formats.md §2: a chunk as `setup.chunks` and `final.chunks` show it. Key order matters. */
export interface TraceChunk {
  id: number;
  role: ChunkRole;
  map: number[];
  mapUsed: number;
  mapAlloc: number;
  mapStorage: MapStorage;
  contigHint: number;
  freeSize: number;
  slot: number;
  populated: [number, number][];
}

export interface TraceChunkSummary {
  id: number;
  mapUsed: number;
  mapAlloc: number;
  contigHint: number;
  freeSize: number;
  slot: number;
}

export interface TraceStep {
  index: number;
  op: OpKind;
  ok: boolean;
  chunk: number | null;
  offset: number | null;
  error: FailureReason | null;
  dmesg: string[];
  chunks: TraceChunkSummary[];
}

export interface Trace {
  format: 'percpu-trace';
  version: 1;
  setup: { ok: boolean; error: string | null; layout: Layout | null; dmesg: string[]; chunks: TraceChunk[] };
  steps: TraceStep[];
  final: { slabAvailable: boolean; chunks: TraceChunk[] };
}
