import type { EngineEvent, OldMapFate } from '../engine/events';
import type { MapStorage } from '../engine/constants';
import type { Op } from '../engine/types';

/** pcpu_chunk_struct_size: the bytes of a new chunk's struct (for views that show the sum). */
export { chunkStructBytes } from '../engine/chunkStruct';

/** What a request was for, in the kernel's terms. */
export type RequestPurpose = 'bigger map' | 'map copy' | 'new chunk struct' | 'new chunk map';

/** A request the percpu code made of the kernel's memory allocators, and what it got. */
export interface MemoryRequest {
  kind: 'request';
  /** The call as the kernel makes it: pcpu_mem_alloc(1024), kzalloc(4160). */
  call: string;
  purpose: RequestPurpose;
  chunk: number | null;
  bytes: number;
  result: MapStorage | 'NULL' | 'crash';
  /** Why it got that: slab not up, the one-time warning, above a page… */
  why: string;
}

/** Memory the percpu code let go of (or should have): old maps, init arrays, chunk structs. */
export interface MemoryRelease {
  kind: 'release';
  call: string;
  what: string;
  chunk: number;
  bytes: number;
  outcome: 'freed' | 'leaked' | 'kept (static)' | 'dropped with init memory' | 'undefined behaviour';
  why: string;
}

export type MemoryTraffic = MemoryRequest | MemoryRelease;

const STORAGE_WHY = (bytes: number, storage: MapStorage, pageSize: number) =>
  storage === 'vmalloc'
    ? `${bytes} B is more than a ${pageSize}-byte page: vmalloc`
    : `${bytes} B fits in a page: kzalloc (slab)`;

const FATE: Record<OldMapFate, MemoryRelease['outcome']> = {
  leaked: 'leaked',
  freed: 'freed',
  static: 'kept (static)',
};

/**
 * The memory traffic of one step, in order: every request with its size, purpose and result,
 * and every release (or missing release) the kernel made. Read from the engine's events.
 */
export function memoryTrafficOf(
  op: Op | undefined,
  events: readonly EngineEvent[],
  config: { earlyAlloc: boolean; pageSize: number },
): MemoryTraffic[] {
  const out: MemoryTraffic[] = [];
  let mapFullChunk: number | null = null;
  let creating = false;
  let copyTargets: number[] = [];
  if (op?.op === 'slab-online') {
    copyTargets = events.flatMap((e) => (e.kind === 'map-copied' ? [e.chunk] : []));
  }
  const purposeOf = (purpose: 'map' | 'chunk'): [RequestPurpose, number | null] => {
    if (purpose === 'chunk') return ['new chunk struct', null];
    if (op?.op === 'slab-online') return ['map copy', copyTargets.shift() ?? null];
    if (mapFullChunk !== null && !creating) return ['bigger map', mapFullChunk];
    return ['new chunk map', null];
  };
  for (const e of events) {
    switch (e.kind) {
      case 'map-full':
        mapFullChunk = e.chunk;
        creating = false;
        break;
      case 'mem-alloc': {
        if (e.purpose === 'chunk') creating = true;
        const [purpose, chunk] = purposeOf(e.purpose);
        const kzalloc = e.purpose === 'chunk' && !config.earlyAlloc;
        out.push({
          kind: 'request',
          call: kzalloc ? `kzalloc(${e.bytes})` : `pcpu_mem_alloc(${e.bytes})`,
          purpose,
          chunk,
          bytes: e.bytes,
          result: e.storage,
          why: kzalloc
            ? 'before this commit the struct always came from kzalloc (slab)'
            : STORAGE_WHY(e.bytes, e.storage, config.pageSize),
        });
        break;
      }
      case 'mem-alloc-refused': {
        const [purpose, chunk] = purposeOf(e.purpose);
        out.push({
          kind: 'request',
          call: `pcpu_mem_alloc(${e.bytes})`,
          purpose,
          chunk,
          bytes: e.bytes,
          result: 'NULL',
          why: e.warned
            ? 'slab is not up: WARN_ON_ONCE(!slab_is_available()) fires (first time this boot) and it returns NULL'
            : 'slab is not up: returns NULL (the one-time warning already fired)',
        });
        break;
      }
      case 'crash':
        if (e.cause === 'pre-slab-kmalloc') {
          const [purpose, chunk] = purposeOf(e.purpose);
          out.push({
            kind: 'request',
            call: `kzalloc(${e.bytes})`,
            purpose,
            chunk,
            bytes: e.bytes,
            result: 'crash',
            why: 'before this commit nothing checks for slab: kzalloc runs before kmem_cache_init has made its caches',
          });
        } else if (e.cause === 'struct-kfree') {
          out.push({
            kind: 'release',
            call: `kfree(struct of chunk ${e.chunk})`,
            what: `chunk ${e.chunk}'s ${e.bytes}-byte struct (vmalloc)`,
            chunk: e.chunk,
            bytes: e.bytes,
            outcome: 'undefined behaviour',
            why:
              'pcpu_mem_alloc took the struct from vmalloc (more than a page), but pcpu_free_chunk still frees it ' +
              'with kfree: a vmalloc address handed to the slab allocator',
          });
        }
        break;
      case 'map-extended':
        mapFullChunk = null;
        out.push({
          kind: 'release',
          // old stays NULL unless it was remembered, and pcpu_mem_free(NULL, …) frees nothing.
          call: `pcpu_mem_free(${e.oldFate === 'freed' ? 'old' : 'NULL'}, ${e.from * 4})`,
          what: `chunk ${e.chunk}'s old ${e.from}-entry map (${e.from * 4} B, ${e.oldStorage === 'initdata' ? 'static' : e.oldStorage})`,
          chunk: e.chunk,
          bytes: e.from * 4,
          outcome: FATE[e.oldFate],
          why:
            e.oldFate === 'leaked'
              ? 'this commit deleted the only line that remembered the old buffer (old = chunk->map), so nothing frees it'
              : e.oldFate === 'freed'
                ? 'the old map came from pcpu_mem_alloc, so it goes back the same way'
                : 'a static first-chunk array is part of the kernel image: there is nothing to free',
        });
        break;
      case 'map-copied':
        out.push({
          kind: 'release',
          call: 'free_initmem (later in boot)',
          what: `chunk ${e.chunk}'s __initdata map (${e.bytes} B)`,
          chunk: e.chunk,
          bytes: e.bytes,
          outcome: 'dropped with init memory',
          why: 'the copy is in kmalloc memory now; the __initdata array goes when the kernel frees its init sections',
        });
        break;
      case 'chunk-created':
        creating = false;
        break;
      case 'chunk-destroyed':
        out.push({
          kind: 'release',
          call: `pcpu_mem_free(map, ${e.mapBytes})`,
          what: `chunk ${e.chunk}'s ${e.mapBytes / 4}-entry map`,
          chunk: e.chunk,
          bytes: e.mapBytes,
          outcome: 'freed',
          why: 'pcpu_free_chunk releases the map by its size (kfree or vfree)',
        });
        if (!(config.earlyAlloc && e.structStorage === 'vmalloc')) {
          out.push({
            kind: 'release',
            call: `kfree(struct)`,
            what: `chunk ${e.chunk}'s ${e.structBytes}-byte struct (${e.structStorage})`,
            chunk: e.chunk,
            bytes: e.structBytes,
            outcome: 'freed',
            why: 'a struct from slab goes back to slab',
          });
        }
        break;
      default:
        break;
    }
  }
  return out;
}
