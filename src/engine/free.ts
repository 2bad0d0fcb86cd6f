import { freeArea } from './area';
import { destroyChunk } from './chunkLifecycle';
import type { StepContext } from './context';
import type { EngineState } from './types';

/** free_percpu of the allocation made by op `allocIndex`, with synchronous reclaim (§7). */
export function pcpuFree(state: EngineState, allocIndex: number, ctx: StepContext): void {
  const live = state.live.get(allocIndex);
  if (!live) {
    ctx.events?.push({ kind: 'free-null', alloc: allocIndex });
    return;
  }
  state.live.delete(allocIndex);
  const chunk = state.chunks.find((c) => c.id === live.chunk)!;
  freeArea(state, chunk, live.offset, ctx);

  const { unitSize, nrSlots } = state.layout;
  if (chunk.freeSize !== unitSize) return;
  const lastSlot = nrSlots - 1;
  const fullyFree = state.slots[lastSlot]!;
  if (!fullyFree.some((id) => id !== chunk.id)) return;
  // pcpu_reclaim spares the list's first chunk: the one just freed, inserted at the head.
  const [kept, ...doomed] = fullyFree;
  ctx.events?.push({ kind: 'reclaim', kept: kept!, destroyed: doomed });
  for (const id of doomed) destroyChunk(state, id, lastSlot, ctx);
}
