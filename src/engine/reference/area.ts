import { SMALL_AREA_BYTES } from '../constants';
import type { StepContext } from '../context';
import { chunkSlot, relocate } from '../slots';
import { OWNER_FREE, type Chunk, type EngineState } from '../types';

/**
 * The reference: the kernel's linear algorithm on plain arrays, kept to check the fast
 * structure against (test/areaMap.property.test.ts). Never used by the app.
 *
 * pcpu_alloc_area: first fit over the area map. Returns the offset of the new area within
 * the unit, or -1 after a full scan that found nothing (which also makes the hint exact).
 * Precondition: the map has room for two more entries.
 */
export function allocArea(
  state: EngineState,
  chunk: Chunk,
  size: number,
  align: number,
  owner: number,
  ctx: StepContext,
): number {
  const oldSlot = chunkSlot(state, chunk);
  const { map, owners } = chunk;
  const used = map.length;
  let maxContig = 0;
  let off = 0;
  for (let i = 0; i < used; off += Math.abs(map[i]!), i++) {
    const entry = map[i]!;
    if (entry < 0) continue;
    let head = Math.ceil(off / align) * align - off;
    if (entry < head + size) {
      if (entry > maxContig) maxContig = entry;
      continue;
    }
    const isLast = i === used - 1;

    // A head too small to track (or next to free space) is handed to the previous area.
    if (head > 0 && (head < SMALL_AREA_BYTES || map[i - 1]! > 0)) {
      if (map[i - 1]! > 0) map[i - 1]! += head;
      else {
        map[i - 1]! -= head;
        chunk.freeSize -= head;
      }
      ctx.events?.push({ kind: 'head-absorbed', chunk: chunk.id, offset: off, bytes: head, intoOwner: owners[i - 1]! });
      map[i]! -= head;
      off += head;
      head = 0;
    }

    // A tail too small to track stays glued to the allocation.
    let tail = map[i]! - head - size;
    if (tail < SMALL_AREA_BYTES) {
      if (tail > 0) ctx.events?.push({ kind: 'tail-kept', chunk: chunk.id, bytes: tail });
      tail = 0;
    }

    if (head || tail) {
      const areaSize = map[i]! - head - tail;
      const pieces = [head, areaSize, tail].filter((bytes) => bytes > 0);
      map.splice(i, 1, ...pieces);
      owners.splice(i, 1, ...pieces.map(() => OWNER_FREE));
      ctx.events?.push({ kind: 'split', chunk: chunk.id, offset: off, head, size: areaSize, tail });
      if (head) {
        i++;
        off += head;
        if (head > maxContig) maxContig = head;
      }
      if (tail && tail > maxContig) maxContig = tail;
    }

    const oldHint = chunk.contigHint;
    chunk.contigHint = isLast ? maxContig : Math.max(chunk.contigHint, maxContig);
    if (chunk.contigHint !== oldHint) {
      ctx.events?.push({ kind: 'hint', chunk: chunk.id, from: oldHint, to: chunk.contigHint, exact: isLast });
    }

    const areaSize = map[i]!;
    chunk.freeSize -= areaSize;
    map[i] = -areaSize;
    owners[i] = owner;
    ctx.events?.push({ kind: 'allocated', chunk: chunk.id, offset: off, requested: size, areaSize });
    relocate(state, chunk, oldSlot, ctx.events);
    return off;
  }

  const oldHint = chunk.contigHint;
  chunk.contigHint = maxContig;
  ctx.events?.push({ kind: 'area-not-found', chunk: chunk.id, size, align, oldHint, newHint: maxContig });
  relocate(state, chunk, oldSlot, ctx.events);
  return -1;
}

/** pcpu_free_area: free the area starting at off, merge with free neighbours. */
export function freeArea(state: EngineState, chunk: Chunk, freeOffset: number, ctx: StepContext): void {
  const oldSlot = chunkSlot(state, chunk);
  const { map, owners } = chunk;
  let i = 0;
  let off = 0;
  while (i < map.length && off !== freeOffset) off += Math.abs(map[i++]!);
  if (off !== freeOffset || i >= map.length || map[i]! > 0) {
    throw new Error(`model bug: no allocated area at offset ${freeOffset} of chunk ${chunk.id}`);
  }
  const size = -map[i]!;
  map[i] = size;
  owners[i] = OWNER_FREE;
  chunk.freeSize += size;
  ctx.events?.push({ kind: 'freed', chunk: chunk.id, offset: freeOffset, size });

  if (i > 0 && map[i - 1]! >= 0) {
    ctx.events?.push({ kind: 'merged', chunk: chunk.id, side: 'previous', bytes: map[i - 1]! });
    map[i - 1]! += map[i]!;
    map.splice(i, 1);
    owners.splice(i, 1);
    i--;
  }
  if (i + 1 < map.length && map[i + 1]! >= 0) {
    ctx.events?.push({ kind: 'merged', chunk: chunk.id, side: 'next', bytes: map[i + 1]! });
    map[i]! += map[i + 1]!;
    map.splice(i + 1, 1);
    owners.splice(i + 1, 1);
  }

  const oldHint = chunk.contigHint;
  chunk.contigHint = Math.max(map[i]!, chunk.contigHint);
  if (chunk.contigHint !== oldHint) {
    ctx.events?.push({ kind: 'hint', chunk: chunk.id, from: oldHint, to: chunk.contigHint, exact: false });
  }
  relocate(state, chunk, oldSlot, ctx.events);
}
