import { freeArea } from './area';
import { chunkById } from './chunkById';
import { destroyChunk } from './chunkLifecycle';
import { chunkStructBytes } from './chunkStruct';
import type { StepContext } from './context';
import { printk } from './dmesg';
import { STRUCT_KFREE_HALT_LINE } from './failure';
import type { EngineState } from './types';

/** 'crashed' when reclaim hit the struct-free hazard (allocator.md §7.3, §14 item 14). */
export type FreeResult = 'ok' | 'crashed';

/** free_percpu of the allocation made by op `allocIndex`, with synchronous reclaim (§7). */
export function pcpuFree(state: EngineState, allocIndex: number, ctx: StepContext): FreeResult {
  const chunkId = state.live.chunkOf(allocIndex);
  if (chunkId < 0) {
    ctx.events?.push({ kind: 'free-null', alloc: allocIndex });
    return 'ok';
  }
  const offset = state.live.offsetOf(allocIndex);
  state.live.delete(allocIndex);
  const chunk = chunkById(state, chunkId)!;
  freeArea(state, chunk, offset, ctx);

  const { unitSize, nrSlots } = state.layout;
  if (chunk.freeSize !== unitSize) return 'ok';
  const lastSlot = nrSlots - 1;
  const fullyFree = state.slots[lastSlot]!;
  if (!fullyFree.some((id) => id !== chunk.id)) return 'ok';
  // pcpu_reclaim spares the list's first chunk: the one just freed, inserted at the head.
  const [kept, ...doomed] = fullyFree;
  ctx.events?.push({ kind: 'reclaim', kept: kept!, destroyed: doomed });
  for (const id of doomed) {
    const vmallocStruct = chunkById(state, id)!.structStorage === 'vmalloc';
    destroyChunk(state, id, lastSlot, ctx);
    // The chunk is unlinked and depopulated; releasing its struct is where kfree meets a
    // vmalloc address. The boot cannot be followed past that point.
    if (vmallocStruct) return haltOnStructKfree(state, id, ctx);
  }
  return 'ok';
}

function haltOnStructKfree(state: EngineState, chunkId: number, ctx: StepContext): FreeResult {
  state.halted = true;
  printk(ctx, 'crash', STRUCT_KFREE_HALT_LINE);
  const bytes = chunkStructBytes(state.layout.unitSize, state.config.pageSize);
  ctx.events?.push({ kind: 'crash', cause: 'struct-kfree', chunk: chunkId, bytes });
  return 'crashed';
}
