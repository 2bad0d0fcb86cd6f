import { freezeChunk, mapUsed, thawChunk, type FrozenChunk } from './chunkArea';
import type { EngineState } from './types';

/**
 * A frozen copy of the state for the timeline's keyframes. Chunks are copy-on-write clones
 * (their area maps share every leaf that has not changed since, see areaMap.ts), so a
 * keyframe costs the leaves that changed since the one before. Live allocations are not
 * stored: the timeline rebuilds them from its per-step records (see Timeline.liveAt).
 */
export interface Keyframe {
  base: Omit<EngineState, 'chunks' | 'slots' | 'live'>;
  chunks: FrozenChunk[];
  slots: number[][];
}

export function freeze(state: EngineState): Keyframe {
  const { chunks, slots, live: _live, ...base } = state;
  void _live;
  return { base, chunks: chunks.map(freezeChunk), slots: slots.map((l) => l.slice()) };
}

export function thaw(frame: Keyframe, live: EngineState['live']): EngineState {
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
