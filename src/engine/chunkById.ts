import type { Chunk, EngineState } from './types';

/**
 * The live chunk with this id. state.chunks is ordered by id (chunks are appended with
 * increasing ids and only ever removed), so a binary search finds it; a linear search
 * covers a list someone reordered.
 */
export function chunkById(state: EngineState, id: number): Chunk | undefined {
  const chunks = state.chunks;
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = chunks[mid]!;
    if (c.id === id) return c;
    if (c.id < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return chunks.find((c) => c.id === id);
}
