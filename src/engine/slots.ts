import { fls } from './arith';
import { SMALL_AREA_BYTES } from './constants';
import type { Chunk, EngineState } from './types';
import type { EventSink } from './events';

/** __pcpu_size_to_slot: sizes 1-15 share slot 1, then one slot per power of two. */
export function rawSizeToSlot(size: number): number {
  return Math.max(fls(size) - 3, 1);
}

/** pcpu_size_to_slot: a whole unit's worth of free space gets the last slot. */
export function sizeToSlot(size: number, unitSize: number, nrSlots: number): number {
  return size === unitSize ? nrSlots - 1 : rawSizeToSlot(size);
}

export function nrSlotsFor(unitSize: number): number {
  return rawSizeToSlot(unitSize) + 2;
}

/** pcpu_chunk_slot: chunks that cannot serve even an int go to slot 0. */
export function chunkSlot(state: EngineState, chunk: Chunk): number {
  if (chunk.freeSize < SMALL_AREA_BYTES || chunk.contigHint < SMALL_AREA_BYTES) return 0;
  return sizeToSlot(chunk.freeSize, state.layout.unitSize, state.layout.nrSlots);
}

/**
 * pcpu_chunk_relocate: a chunk that got emptier (or is new, oldSlot -1) goes to the head of
 * its new list, one that got fuller to the tail; an unchanged slot keeps its list position.
 */
export function relocate(state: EngineState, chunk: Chunk, oldSlot: number, events: EventSink): void {
  if (chunk.id === state.reservedChunkId) return;
  const newSlot = chunkSlot(state, chunk);
  if (newSlot === oldSlot) return;
  if (oldSlot >= 0) unlink(state, chunk.id, oldSlot);
  const list = state.slots[newSlot]!;
  const position = oldSlot < newSlot ? 'head' : 'tail';
  if (position === 'head') list.unshift(chunk.id);
  else list.push(chunk.id);
  events?.push({ kind: 'relocated', chunk: chunk.id, from: oldSlot, to: newSlot, position });
}

export function unlink(state: EngineState, chunkId: number, slot: number): void {
  const list = state.slots[slot]!;
  const at = list.indexOf(chunkId);
  if (at >= 0) list.splice(at, 1);
}

/** The slot list a chunk currently sits on, or -1 (the reserved chunk is on none). */
export function listedSlot(state: EngineState, chunkId: number): number {
  return state.slots.findIndex((list) => list.includes(chunkId));
}
