import type { EngineState } from '../engine/types';
import { freeAreas, mapText } from './mapText';
import type { ChunkSummary } from './types';

/** The numbers of every live chunk, as the kernel holds them before the op. */
export function summarizeChunks(state: EngineState): ChunkSummary[] {
  return state.chunks.map((chunk) => {
    const slot = state.slots.findIndex((list) => list.includes(chunk.id));
    return {
      id: chunk.id,
      role: chunk.role,
      mapUsed: chunk.map.length,
      mapAlloc: chunk.mapAlloc,
      freeSize: chunk.freeSize,
      contigHint: chunk.contigHint,
      slot: slot < 0 ? null : slot,
      unitSize: state.layout.unitSize,
      map: [...chunk.map],
      freeAreas: freeAreas(chunk.map),
      mapText: mapText(chunk.map),
    };
  });
}
