import type { EngineState } from '../../src/engine/types';

/**
 * Everything observable about a state as plain data (Maps become sorted arrays), so two
 * states reached by different routes can be compared with toEqual.
 */
export function normalizeState(state: EngineState) {
  return {
    chunks: state.chunks.map((c) => ({ ...c, map: [...c.map], owners: [...c.owners], populated: [...c.populated] })),
    slots: state.slots.map((list) => [...list]),
    live: [...state.live.entries()].sort((a, b) => a[0] - b[0]),
    flags: {
      slabAvailable: state.slabAvailable,
      warnLimit: state.warnLimit,
      memAllocWarned: state.memAllocWarned,
      halted: state.halted,
      nextChunkId: state.nextChunkId,
      firstChunkId: state.firstChunkId,
      reservedChunkId: state.reservedChunkId,
    },
  };
}
