import type { Chunk, EngineState } from './types';

function cloneChunk(chunk: Chunk): Chunk {
  return { ...chunk, map: chunk.map.slice(), owners: chunk.owners.slice(), populated: chunk.populated.slice() };
}

/** A deep copy sharing only immutable parts (config and layout are never mutated). */
export function cloneState(state: EngineState): EngineState {
  return {
    ...state,
    chunks: state.chunks.map(cloneChunk),
    slots: state.slots.map((list) => list.slice()),
    live: new Map(state.live),
  };
}
