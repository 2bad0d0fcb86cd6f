import type { FailureReason } from './types';
import type { MapStorage } from './constants';

/**
 * The old array after pcpu_extend_area_map copied it: post (as this commit landed) it is never
 * freed, a leak; pre it is freed unless it is one of the 2-entry static first-chunk maps.
 */
export type OldMapFate = 'leaked' | 'freed' | 'static';

/**
 * What happened inside one step, in the order it happened, with the kernel's numbers.
 * Views and the narration are built from these; the trace does not carry them.
 */
export type EngineEvent =
  | { kind: 'illegal-request'; size: number; align: number; pageSize: number; maxSize: number }
  | { kind: 'reserved-path'; chunk: number }
  | { kind: 'reserved-too-small'; chunk: number; size: number; contigHint: number }
  | { kind: 'scan-start'; fromSlot: number; size: number }
  | { kind: 'skip-chunk'; chunk: number; slot: number; size: number; contigHint: number }
  | { kind: 'try-chunk'; chunk: number; slot: number; contigHint: number }
  | { kind: 'map-full'; chunk: number; mapUsed: number; mapAlloc: number; newAlloc: number }
  | { kind: 'mem-alloc'; bytes: number; purpose: 'map' | 'chunk'; storage: MapStorage }
  | { kind: 'mem-alloc-refused'; bytes: number; purpose: 'map' | 'chunk'; warned: boolean }
  | {
      kind: 'map-extended';
      chunk: number;
      from: number;
      to: number;
      storage: MapStorage;
      /** Where the old array lived and what became of it (allocator.md §6.4 step 5). */
      oldStorage: MapStorage;
      oldFate: OldMapFate;
    }
  | { kind: 'area-not-found'; chunk: number; size: number; align: number; oldHint: number; newHint: number }
  | { kind: 'head-absorbed'; chunk: number; offset: number; bytes: number; intoOwner: number }
  | { kind: 'split'; chunk: number; offset: number; head: number; size: number; tail: number }
  | { kind: 'tail-kept'; chunk: number; bytes: number }
  | { kind: 'allocated'; chunk: number; offset: number; requested: number; areaSize: number }
  | { kind: 'hint'; chunk: number; from: number; to: number; exact: boolean }
  | { kind: 'relocated'; chunk: number; from: number; to: number; position: 'head' | 'tail' }
  | { kind: 'chunk-created'; chunk: number; unitSize: number }
  | { kind: 'populated'; chunk: number; fromPage: number; toPage: number; units: number }
  | { kind: 'freed'; chunk: number; offset: number; size: number }
  | { kind: 'free-null'; alloc: number }
  | { kind: 'merged'; chunk: number; side: 'previous' | 'next'; bytes: number }
  | { kind: 'reclaim'; kept: number; destroyed: number[] }
  | {
      kind: 'chunk-destroyed';
      chunk: number;
      /** What pcpu_free_chunk hands back: the map (by its size) and the struct. */
      mapBytes: number;
      mapStorage: MapStorage;
      structBytes: number;
      structStorage: 'kmalloc' | 'vmalloc';
    }
  | { kind: 'slab-online' }
  | { kind: 'map-copied'; chunk: number; entries: number; bytes: number }
  | { kind: 'mark'; label: string }
  | { kind: 'warn-once' }
  | { kind: 'failed'; reason: FailureReason; logged: boolean; limitReached: boolean }
  | { kind: 'crash'; cause: 'pre-slab-kmalloc'; bytes: number; purpose: 'map' | 'chunk' }
  | { kind: 'crash'; cause: 'slot-walk'; chunk: number }
  | { kind: 'crash'; cause: 'struct-kfree'; chunk: number; bytes: number };

/** Collects events when a view needs them; replays for seeking pass null and pay nothing. */
export type EventSink = EngineEvent[] | null;
