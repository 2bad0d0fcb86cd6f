import { chunkSlot } from '../engine/slots';
import type { Chunk, EngineState } from '../engine/types';

/**
 * The chunk summary fields a comparison looks at: the trace's per-step summary (formats.md §2)
 * without mapAlloc. The map's capacity is what earlyAlloc and earlySlots set differently from
 * the first instant of boot (128 vs 2 entries, 128 vs 32), so counting it would mark every such
 * comparison as diverged at setup; the gauges still show it beside each other.
 */
export const SUMMARY_FIELDS = ['mapUsed', 'contigHint', 'freeSize', 'slot'] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

export interface ChunkDifference {
  chunk: number;
  /** `exists`: the chunk is live on one side only (left/right are 1 or 0). */
  field: SummaryField | 'exists';
  left: number;
  right: number;
}

function summaryValue(state: EngineState, chunk: Chunk, field: SummaryField): number {
  switch (field) {
    case 'mapUsed':
      return chunk.map.length;
    case 'contigHint':
      return chunk.contigHint;
    case 'freeSize':
      return chunk.freeSize;
    case 'slot':
      return chunkSlot(state, chunk);
  }
}

/** The first difference between two states' chunk summaries (chunks in id order), or null. */
export function firstChunkDifference(left: EngineState, right: EngineState): ChunkDifference | null {
  const a = left.chunks;
  const b = right.chunks;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const ca = a[i];
    const cb = b[j];
    if (!cb || (ca && ca.id < cb.id)) return { chunk: ca!.id, field: 'exists', left: 1, right: 0 };
    if (!ca || cb.id < ca.id) return { chunk: cb.id, field: 'exists', left: 0, right: 1 };
    for (const field of SUMMARY_FIELDS) {
      const l = summaryValue(left, ca, field);
      const r = summaryValue(right, cb, field);
      if (l !== r) return { chunk: ca.id, field, left: l, right: r };
    }
    i++;
    j++;
  }
  return null;
}
