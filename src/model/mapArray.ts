import type { EngineEvent } from '../engine/events';
import { MAP_ENTRY_BYTES, PRE_CHANGE_STATIC_MAP_SLOTS, type MapStorage } from '../engine/constants';
import type { Chunk, Config } from '../engine/types';

/** What the current step did to one cell of the array. */
export const CELL_SAME = 0;
/** The area this step allocated. */
export const CELL_ALLOCATED = 1;
/** An entry pcpu_split_block inserted (a free head or tail). */
export const CELL_INSERTED = 2;
/** An entry that moved to another index because entries were inserted or removed before it. */
export const CELL_SLID = 3;
/** The entry a free turned positive and merged neighbours into. */
export const CELL_FREED = 4;
/** Capacity this step's extension added (unused so far). */
export const CELL_GROWN = 5;

export type StorageKind = '__initdata' | 'static' | 'kmalloc' | 'vmalloc';

/** chunk->map as the kernel holds it, with what this step changed. */
export interface MapArray {
  chunk: number;
  /** map_alloc: the array's length. */
  capacity: number;
  /** map_used: entries 0..used-1 hold areas; the rest are unused. */
  used: number;
  values: Int32Array;
  /** Owner code per used entry (as Chunk.owners). */
  owners: Int32Array;
  /** A CELL_* code per cell (length = capacity). */
  marks: Uint8Array;
  storage: StorageKind;
  bytes: number;
  /** Index where the early-slot limit falls (post, first-chunk structures), or null. */
  earlyBoundary: number | null;
  /** Entries removed by merges this step. */
  removed: number;
  /** Signed shift of the entries after the change (+ inserted, − removed). */
  shift: number;
  grewFrom: number | null;
}

export function storageKind(storage: MapStorage, capacity: number, earlyAlloc: boolean): StorageKind {
  if (storage !== 'initdata') return storage;
  return !earlyAlloc && capacity === PRE_CHANGE_STATIC_MAP_SLOTS ? 'static' : '__initdata';
}

/** Index of the entry starting at `offset`, or -1. */
function entryAt(map: readonly number[], offset: number): number {
  let at = 0;
  for (let i = 0; i < map.length; i++) {
    if (at === offset) return i;
    if (at > offset) return -1;
    at += Math.abs(map[i]!);
  }
  return -1;
}

/** Index of the entry containing `offset`, or -1. */
function entryContaining(map: readonly number[], offset: number): number {
  let at = 0;
  for (let i = 0; i < map.length; i++) {
    const size = Math.abs(map[i]!);
    if (offset >= at && offset < at + size) return i;
    at += size;
  }
  return -1;
}

/** The map array of `chunk` after a step, marked with what the step's events did to it. */
export function mapArrayOf(chunk: Chunk, events: readonly EngineEvent[], config: Config): MapArray {
  const capacity = chunk.mapAlloc;
  const used = chunk.map.length;
  const marks = new Uint8Array(capacity);
  let shift = 0;
  let removed = 0;
  let grewFrom: number | null = null;
  let changedAt = -1;
  for (const e of events) {
    if (!('chunk' in e) || e.chunk !== chunk.id) continue;
    if (e.kind === 'allocated') {
      const i = entryAt(chunk.map, e.offset);
      if (i >= 0) marks[i] = CELL_ALLOCATED;
    } else if (e.kind === 'split') {
      const i = entryAt(chunk.map, e.offset + e.head);
      if (i < 0) continue;
      if (e.head && i > 0) marks[i - 1] = CELL_INSERTED;
      if (e.tail && i + 1 < used) marks[i + 1] = CELL_INSERTED;
      const inserted = (e.head ? 1 : 0) + (e.tail ? 1 : 0);
      shift += inserted;
      changedAt = Math.max(changedAt, i + (e.tail ? 1 : 0));
    } else if (e.kind === 'merged') {
      removed++;
      shift--;
    } else if (e.kind === 'freed') {
      const i = entryContaining(chunk.map, e.offset);
      if (i >= 0) {
        marks[i] = CELL_FREED;
        changedAt = Math.max(changedAt, i);
      }
    } else if (e.kind === 'map-extended') {
      grewFrom = e.from;
    }
  }
  if (shift !== 0 && changedAt >= 0) {
    for (let i = changedAt + 1; i < used; i++) if (marks[i] === CELL_SAME) marks[i] = CELL_SLID;
  }
  if (grewFrom !== null) for (let i = Math.max(grewFrom, used); i < capacity; i++) marks[i] = CELL_GROWN;
  const earlyBoundary =
    config.earlyAlloc && chunk.role !== 'dynamic' && config.earlySlots < capacity
      ? config.earlySlots
      : config.earlyAlloc && chunk.role !== 'dynamic' && config.earlySlots === capacity
        ? capacity
        : null;
  return {
    chunk: chunk.id,
    capacity,
    used,
    values: Int32Array.from(chunk.map),
    owners: Int32Array.from(chunk.owners),
    marks,
    storage: storageKind(chunk.mapStorage, capacity, config.earlyAlloc),
    bytes: capacity * MAP_ENTRY_BYTES,
    earlyBoundary,
    removed,
    shift,
    grewFrom,
  };
}

/** The chunk a step worked on (what its events name first), or null. */
export function chunkOfStep(events: readonly EngineEvent[]): number | null {
  const priority: EngineEvent['kind'][] = [
    'allocated',
    'freed',
    'map-extended',
    'map-full',
    'chunk-created',
    'try-chunk',
    'map-copied',
  ];
  for (const kind of priority) {
    const e = events.find((x) => x.kind === kind);
    if (e && 'chunk' in e) return e.chunk;
  }
  return null;
}
