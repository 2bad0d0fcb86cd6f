import type { EngineEvent } from '../engine/events';
import type { EngineState } from '../engine/types';

/** The offsets a step worked on in one chunk, [start, end). */
export interface Region {
  chunk: number;
  start: number;
  end: number;
}

/** How many of the last entries a failed request's story is about (the ones that filled the map). */
const RECENT_ENTRIES = 8;

/**
 * Where the step happened, for "follow the action": the area allocated or freed (after
 * merging), a split's pieces, or, when a request failed on a full map, the latest entries of
 * that chunk's map. A new chunk is the whole unit. Null when the step touched no area.
 */
export function touchedRegion(events: readonly EngineEvent[], state: EngineState): Region | null {
  let region: Region | null = null;
  const widen = (chunk: number, start: number, end: number) => {
    if (region && region.chunk === chunk)
      region = { chunk, start: Math.min(region.start, start), end: Math.max(region.end, end) };
    else if (!region) region = { chunk, start, end };
  };
  for (const e of events) {
    // A split's free tail can be the rest of the chunk: the story is the head and the area.
    if (e.kind === 'split') widen(e.chunk, e.offset, e.offset + e.head + e.size + Math.min(e.tail, e.size));
    else if (e.kind === 'allocated') widen(e.chunk, e.offset, e.offset + e.areaSize);
    else if (e.kind === 'freed') widen(e.chunk, e.offset, e.offset + e.size);
  }
  if (region) return region;
  const full = events.find((e) => e.kind === 'map-full');
  if (full && full.kind === 'map-full') {
    const chunk = state.chunks.find((c) => c.id === full.chunk);
    if (!chunk) return null;
    let end = 0;
    for (const v of chunk.map) end += Math.abs(v);
    let start = end;
    const from = Math.max(0, chunk.map.length - RECENT_ENTRIES);
    for (let i = chunk.map.length - 1; i >= from; i--) start -= Math.abs(chunk.map[i]!);
    // The free tail can be large: stop where the used part ends plus a little.
    const last = chunk.map[chunk.map.length - 1]!;
    if (last > 0) end = Math.min(end, end - last + Math.max(64, (end - last - start) / 4));
    return { chunk: chunk.id, start, end };
  }
  const created = events.find((e) => e.kind === 'chunk-created');
  if (created && created.kind === 'chunk-created') return { chunk: created.chunk, start: 0, end: created.unitSize };
  return null;
}
