import { freezeChunk, mapUsed, thawChunk, type FrozenChunk } from './chunkArea';
import type { EngineState } from './types';

/**
 * A frozen copy of the state for the timeline's keyframes. Chunks are copy-on-write clones
 * (their area maps share every leaf that has not changed since, see areaMap.ts), so a
 * keyframe costs the leaves that changed since the one before, plus live allocations as
 * flat triples.
 */
export interface Keyframe {
  base: Omit<EngineState, 'chunks' | 'slots' | 'live'>;
  chunks: FrozenChunk[];
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
    chunks: chunks.map(freezeChunk),
    slots: slots.map((l) => l.slice()),
    live: flatLive,
  };
}

export function thaw(frame: Keyframe): EngineState {
  const live = new Map<number, { chunk: number; offset: number }>();
  for (let i = 0; i < frame.live.length; i += 3) live.set(frame.live[i]!, { chunk: frame.live[i + 1]!, offset: frame.live[i + 2]! });
  return {
    ...frame.base,
    chunks: frame.chunks.map(thawChunk),
    slots: frame.slots.map((l) => l.slice()),
    live,
  };
}

/** Rough size in map entries, used to space keyframes by memory rather than by count. */
export function stateWeight(state: EngineState): number {
  let n = state.live.size;
  for (const c of state.chunks) n += mapUsed(c);
  return n;
}
