import { needToExtend } from '../engine/chunkLifecycle';
import { chunkSlot as slotByFreeSize, listedSlot as slotListed } from '../engine/slots';
import type { Chunk, EngineState } from '../engine/types';

/** The slot list a chunk belongs on by its free bytes (pcpu_chunk_slot, allocator.md §5). */
export function chunkSlot(state: EngineState, chunk: Chunk): number {
  return slotByFreeSize(state, chunk);
}

/** The slot list a chunk is on, or -1 when it is on none (the reserved chunk is never listed). */
export function listedSlot(state: EngineState, chunkId: number): number {
  return slotListed(state, chunkId);
}

/**
 * pcpu_need_to_extend (allocator.md §6.4): the entries the chunk's map must grow to before its
 * next allocation, or 0 when the two entries one allocation may add still fit.
 */
export function mapExtendsTo(chunk: Chunk): number {
  return needToExtend(chunk);
}

/** Whether the chunk's map is full: its next allocation must extend it first. */
export function mapIsFull(chunk: Chunk): boolean {
  return needToExtend(chunk) !== 0;
}
