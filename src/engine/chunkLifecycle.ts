import { AreaMap } from './areaMap';
import { chunkWithArea, mapUsed } from './chunkArea';
import { chunkStructBytes } from './chunkStruct';
import { MAP_ENTRY_BYTES, PCPU_DFL_MAP_ALLOC } from './constants';
import type { StepContext } from './context';
import { memAlloc } from './memAlloc';
import { addRange, unpopulatedIn } from './populated';
import { relocate, unlink } from './slots';
import { OWNER_FREE, type Chunk, type EngineState } from './types';

/** pcpu_need_to_extend: 0 when two more entries fit, else the next 16 * 2^k that fits them. */
export function needToExtend(chunk: Chunk): number {
  const needed = mapUsed(chunk) + 2;
  if (chunk.mapAlloc >= needed) return 0;
  let newAlloc = PCPU_DFL_MAP_ALLOC;
  while (newAlloc < needed) newAlloc *= 2;
  return newAlloc;
}

export type Attempt = 'ok' | 'refused' | 'crash';

/** pcpu_extend_area_map: move the map to a bigger buffer from pcpu_mem_alloc. */
export function extendMap(state: EngineState, chunk: Chunk, newAlloc: number, ctx: StepContext): Attempt {
  ctx.events?.push({
    kind: 'map-full',
    chunk: chunk.id,
    mapUsed: mapUsed(chunk),
    mapAlloc: chunk.mapAlloc,
    newAlloc,
  });
  const result = memAlloc(state, newAlloc * MAP_ENTRY_BYTES, 'map', ctx);
  if (result.kind !== 'ok') return result.kind;
  const oldFate = state.config.earlyAlloc ? 'leaked' : chunk.mapAlloc >= PCPU_DFL_MAP_ALLOC ? 'freed' : 'static';
  if (oldFate === 'leaked') ctx.leaks?.push({ chunk: chunk.id, entries: chunk.mapAlloc, storage: chunk.mapStorage });
  if (ctx.events) {
    ctx.events.push({
      kind: 'map-extended',
      chunk: chunk.id,
      from: chunk.mapAlloc,
      to: newAlloc,
      storage: result.storage,
      oldStorage: chunk.mapStorage,
      oldFate,
    });
  }
  chunk.mapAlloc = newAlloc;
  chunk.mapStorage = result.storage;
  return 'ok';
}

/** pcpu_create_chunk: struct and a 16-entry map from pcpu_mem_alloc, then head of the last slot. */
export function createChunk(state: EngineState, ctx: StepContext): Chunk | Attempt {
  const structBytes = chunkStructBytes(state.layout.unitSize, state.config.pageSize);
  const struct = memAlloc(state, structBytes, 'chunk', ctx);
  if (struct.kind !== 'ok') return struct.kind;
  const map = memAlloc(state, PCPU_DFL_MAP_ALLOC * MAP_ENTRY_BYTES, 'map', ctx);
  if (map.kind !== 'ok') return map.kind;
  const { unitSize } = state.layout;
  const fields: Omit<Chunk, 'map' | 'owners'> = {
    id: state.nextChunkId++,
    role: 'dynamic',
    mapAlloc: PCPU_DFL_MAP_ALLOC,
    mapStorage: map.storage,
    contigHint: unitSize,
    freeSize: unitSize,
    populated: [],
    immutable: false,
    // Before the change the struct came from kzalloc, which is slab whatever its size.
    structStorage: state.config.earlyAlloc && struct.storage === 'vmalloc' ? 'vmalloc' : 'kmalloc',
  };
  const chunk = chunkWithArea(fields, AreaMap.from([unitSize], [OWNER_FREE]));
  state.chunks.push(chunk);
  ctx.events?.push({ kind: 'chunk-created', chunk: chunk.id, unitSize });
  relocate(state, chunk, -1, ctx.events);
  return chunk;
}

/** pcpu_populate_chunk for the requested bytes: back the missing pages in every unit. */
export function populate(state: EngineState, chunk: Chunk, offset: number, size: number, ctx: StepContext): void {
  const { pageSize } = state.config;
  const fromPage = Math.floor(offset / pageSize);
  const toPage = Math.ceil((offset + size) / pageSize);
  const gaps = unpopulatedIn(chunk.populated, fromPage, toPage);
  if (gaps.length === 0) return;
  for (let i = 0; i < gaps.length; i += 2) {
    chunk.populated = addRange(chunk.populated, gaps[i]!, gaps[i + 1]!);
    ctx.events?.push({
      kind: 'populated',
      chunk: chunk.id,
      fromPage: gaps[i]!,
      toPage: gaps[i + 1]!,
      units: state.layout.groups.reduce((n, g) => n + g.nrUnits, 0),
    });
  }
}

/** pcpu_destroy_chunk after a full depopulate: gone from its list and from the model. */
export function destroyChunk(state: EngineState, chunkId: number, slot: number, ctx: StepContext): void {
  unlink(state, chunkId, slot);
  const at = state.chunks.findIndex((c) => c.id === chunkId);
  const [chunk] = state.chunks.splice(at, 1);
  ctx.events?.push({
    kind: 'chunk-destroyed',
    chunk: chunkId,
    mapBytes: chunk!.mapAlloc * MAP_ENTRY_BYTES,
    mapStorage: chunk!.mapStorage,
    structBytes: chunkStructBytes(state.layout.unitSize, state.config.pageSize),
    structStorage: chunk!.structStorage ?? 'kmalloc',
  });
}
