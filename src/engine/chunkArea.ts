import { AreaMap } from './areaMap';
import type { Chunk } from './types';

/**
 * Every chunk the engine touches keeps its area map in an AreaMap. `chunk.map` and
 * `chunk.owners` stay what they always were for readers (plain arrays in address order,
 * enumerable, so spreads and toEqual see them): accessors that materialise the AreaMap once
 * and cache the arrays until the next change. The arrays are read-only views: writing into
 * them does not change the model (assigning a new array to `map` or `owners` does).
 *
 * A chunk built as a plain object literal (setup, tests) gets its AreaMap on first use.
 */
const AREA = Symbol('area map');
/** The AreaMap rides on the chunk itself (non-enumerable, so spreads, keys and JSON never see it). */
type WithArea = Chunk & { [AREA]?: AreaMap };

function setArea(chunk: Chunk, area: AreaMap): void {
  Object.defineProperty(chunk, AREA, { value: area, writable: true, configurable: true, enumerable: false });
}

const accessors: PropertyDescriptorMap = {
  map: {
    enumerable: true,
    configurable: true,
    get(this: Chunk) {
      return areaOf(this).mapArray();
    },
    set(this: Chunk, map: number[]) {
      setArea(this, AreaMap.from(map, areaOf(this).ownersArray()));
    },
  },
  owners: {
    enumerable: true,
    configurable: true,
    get(this: Chunk) {
      return areaOf(this).ownersArray();
    },
    set(this: Chunk, owners: number[]) {
      setArea(this, AreaMap.from(areaOf(this).mapArray(), owners));
    },
  },
};

function attach(chunk: Chunk, area: AreaMap): void {
  setArea(chunk, area);
  Object.defineProperties(chunk, accessors);
}

/** The chunk's AreaMap, built from its arrays the first time. */
export function areaOf(chunk: Chunk): AreaMap {
  const area = (chunk as WithArea)[AREA];
  if (area) return area;
  const built = AreaMap.from(chunk.map, chunk.owners);
  attach(chunk, built);
  return built;
}

/** map_used without materialising the map. */
export function mapUsed(chunk: Chunk): number {
  return areaOf(chunk).length;
}

/**
 * A chunk with the given fields (in their order; map and owners where they stand, else last)
 * and area map. Every property is added, never redefined: turning a data property into an
 * accessor drops an object into V8's slow dictionary mode, and chunks are read on every
 * step. Chunks built with the same key order share one hidden class.
 */
export function chunkWithArea(
  fields: Omit<Chunk, 'map' | 'owners'> & Partial<Pick<Chunk, 'map' | 'owners'>>,
  area: AreaMap,
): Chunk {
  const chunk = {} as Record<string | symbol, unknown>;
  setArea(chunk as unknown as Chunk, area);
  for (const key of Object.keys(fields)) {
    if (key === 'map' || key === 'owners') Object.defineProperty(chunk, key, accessors[key]!);
    else chunk[key] = fields[key as keyof typeof fields];
  }
  for (const key of ['map', 'owners'] as const)
    if (!Object.prototype.hasOwnProperty.call(chunk, key)) Object.defineProperty(chunk, key, accessors[key]!);
  return chunk as unknown as Chunk;
}

/** An independent copy of a chunk whose area map shares leaves with the original. */
export function cloneChunk(chunk: Chunk): Chunk {
  const copy = chunkWithArea(chunk, areaOf(chunk).clone());
  copy.populated = chunk.populated.slice();
  return copy;
}

/** A chunk at rest (in a keyframe): its plain fields and a copy-on-write area map. */
export interface FrozenChunk {
  fields: Omit<Chunk, 'map' | 'owners'>;
  area: AreaMap;
}

export function freezeChunk(chunk: Chunk): FrozenChunk {
  const fields = {} as Record<string, unknown>;
  for (const key of Object.keys(chunk))
    fields[key] = key === 'map' || key === 'owners' ? null : chunk[key as keyof Chunk];
  fields.populated = chunk.populated.slice();
  return { fields: fields as unknown as FrozenChunk['fields'], area: areaOf(chunk).clone() };
}

export function thawChunk(frozen: FrozenChunk): Chunk {
  const chunk = chunkWithArea(frozen.fields, frozen.area.clone());
  chunk.populated = frozen.fields.populated.slice();
  return chunk;
}
