import type { Chunk, EngineState } from './types';

/**
 * A frozen, compact copy of the state for the timeline's keyframes: maps in typed arrays
 * (half the bytes of number arrays) and live allocations as flat triples.
 */
export interface Keyframe {
  base: Omit<EngineState, 'chunks' | 'slots' | 'live'>;
  chunks: (Omit<Chunk, 'map' | 'owners' | 'populated'> & { map: Int32Array; owners: Int32Array; populated: number[] })[];
  slots: number[][];
  /** [opIndex, chunk, offset, ...] */
  live: Int32Array;
}

export function freeze(state: EngineState): Keyframe {
  const { chunks, slots, live, ...base } = state;
  const flatLive = new Int32Array(live.size * 3);
  let i = 0;
  for (const [op, where] of live) {
    flatLive[i++] = op;
    flatLive[i++] = where.chunk;
    flatLive[i++] = where.offset;
  }
  return {
    base,
    chunks: chunks.map((c) => ({
      ...c,
      map: Int32Array.from(c.map),
      owners: Int32Array.from(c.owners),
      populated: c.populated.slice(),
    })),
    slots: slots.map((l) => l.slice()),
    live: flatLive,
  };
}

export function thaw(frame: Keyframe): EngineState {
  const live = new Map<number, { chunk: number; offset: number }>();
  for (let i = 0; i < frame.live.length; i += 3) live.set(frame.live[i]!, { chunk: frame.live[i + 1]!, offset: frame.live[i + 2]! });
  return {
    ...frame.base,
    chunks: frame.chunks.map((c) => ({
      ...c,
      map: Array.from(c.map),
      owners: Array.from(c.owners),
      populated: c.populated.slice(),
    })),
    slots: frame.slots.map((l) => l.slice()),
    live,
  };
}

/** Rough size in map entries, used to space keyframes by memory rather than by count. */
export function stateWeight(state: EngineState): number {
  let n = state.live.size;
  for (const c of state.chunks) n += c.map.length;
  return n;
}
