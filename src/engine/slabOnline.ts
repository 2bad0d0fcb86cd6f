import { MAP_ENTRY_BYTES } from './constants';
import type { StepContext } from './context';
import { memAlloc } from './memAlloc';
import type { EngineState } from './types';

/**
 * kmem_cache_init has finished. With early allocation support, percpu_init_late then moves
 * the first and reserved chunks' init maps into kmalloc'd copies of the same capacity.
 */
export function slabOnline(state: EngineState, ctx: StepContext): void {
  state.slabAvailable = true;
  ctx.events?.push({ kind: 'slab-online' });
  if (!state.config.earlyAlloc) return;
  const targets = [state.firstChunkId];
  if (state.reservedChunkId !== null && state.reservedChunkId !== state.firstChunkId) {
    targets.push(state.reservedChunkId);
  }
  const bytes = state.config.earlySlots * MAP_ENTRY_BYTES;
  for (const id of targets) {
    const chunk = state.chunks.find((c) => c.id === id)!;
    const result = memAlloc(state, bytes, 'map', ctx);
    if (result.kind !== 'ok') throw new Error('model bug: pcpu_mem_alloc failed after slab');
    chunk.mapStorage = result.storage;
    ctx.events?.push({ kind: 'map-copied', chunk: id, entries: state.config.earlySlots, bytes });
  }
}
