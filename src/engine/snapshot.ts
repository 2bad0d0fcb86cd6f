import { cloneChunk } from './chunkArea';
import type { EngineState } from './types';

/**
 * An independent copy sharing only immutable parts (config and layout are never mutated);
 * area maps share their unchanged leaves copy-on-write, so a copy costs O(leaves), not
 * O(map entries).
 */
export function cloneState(state: EngineState): EngineState {
  return {
    ...state,
    chunks: state.chunks.map(cloneChunk),
    slots: state.slots.map((list) => list.slice()),
    live: state.live.clone(),
  };
}
