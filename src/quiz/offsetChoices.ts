import { alignUp } from '../engine/arith';
import type { AllocOp } from '../engine/types';
import type { Answer, ChunkSummary } from './types';

/** How many offsets a question offers (the right one included). */
export const OFFSET_CHOICES = 5;

interface Candidate {
  offset: number;
  chunk: number | null;
  /** Order of discovery, for a stable tie-break. */
  order: number;
}

/**
 * Offsets a student could plausibly pick, read off the maps: where each free area starts and
 * where the request would start once aligned (the two differ exactly when a head is involved),
 * plus 0, where a new chunk's first area starts.
 */
function candidates(chunks: readonly ChunkSummary[], align: number): Candidate[] {
  const out: Candidate[] = [];
  const add = (offset: number, chunk: number | null) => out.push({ offset, chunk, order: out.length });
  for (const chunk of chunks) {
    for (const area of chunk.freeAreas) {
      add(area.offset, chunk.id);
      const aligned = alignUp(area.offset, align);
      if (aligned !== area.offset && aligned < area.offset + area.size) add(aligned, chunk.id);
    }
  }
  add(0, null);
  return out;
}

/**
 * The offsets to offer, ascending. With a success the right offset is always there and the
 * distractors nearest to it in the same chunk come first (the head-or-no-head confusion);
 * with a failure the first areas of the chunks the request would look at come first.
 */
export function offsetChoices(
  chunks: readonly ChunkSummary[],
  op: AllocOp,
  answer: Answer,
  limit = OFFSET_CHOICES,
): number[] {
  const all = candidates(chunks, op.align);
  const reservedIds = new Set(chunks.filter((c) => c.role === 'reserved').map((c) => c.id));
  let rank: (c: Candidate) => [number, number, number];
  if (answer.kind === 'success') {
    rank = (c) => [c.chunk === answer.chunkId ? 0 : 1, Math.abs(c.offset - answer.offset), c.order];
  } else {
    const wrongPath = (c: Candidate) => (c.chunk !== null && reservedIds.has(c.chunk) !== Boolean(op.reserved) ? 1 : 0);
    rank = (c) => [wrongPath(c), c.order, 0];
  }
  const sorted = [...all].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  });
  const picked = new Set<number>(answer.kind === 'success' ? [answer.offset] : []);
  for (const c of sorted) {
    if (picked.size >= limit) break;
    picked.add(c.offset);
  }
  return [...picked].sort((a, b) => a - b);
}
