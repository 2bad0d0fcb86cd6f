import type { Chunk } from '../engine/types';

/** The largest free area of a chunk's map (0 when none is free). */
export function largestFreeArea(chunk: Chunk): number {
  let largest = 0;
  for (const entry of chunk.map) if (entry > largest) largest = entry;
  return largest;
}

/**
 * How much of a chunk's contig hint is stale: the bytes by which it exceeds the largest free
 * area (0 when the hint is exact). The hint is only recomputed by a scan that reaches the map's
 * last entry, so an allocation that splits a block before it leaves the hint as it was
 * (allocator.md §6.5; Example 7 step 4: hint 6000, largest 2288).
 */
export function staleHintBytes(chunk: Chunk): number {
  return Math.max(0, chunk.contigHint - largestFreeArea(chunk));
}
