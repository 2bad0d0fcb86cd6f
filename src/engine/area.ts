import { areaOf } from './chunkArea';
import { SMALL_AREA_BYTES } from './constants';
import type { StepContext } from './context';
import { chunkSlot, relocate } from './slots';
import { OWNER_FREE, type Chunk, type EngineState } from './types';

/**
 * Scratch runs for the map writes below (replaceRun copies them in before returning), so
 * a split or merge allocates nothing: one op makes at most one of each.
 */
const SPLIT2_VALUES = [0, 0];
const SPLIT2_OWNERS = [0, 0];
const SPLIT3_VALUES = [0, 0, 0];
const SPLIT3_OWNERS = [0, 0, 0];
const MERGED_VALUE = [0];
const MERGED_OWNER = [OWNER_FREE];

/**
 * pcpu_alloc_area: first fit over the area map. Returns the offset of the new area within
 * the unit, or -1 after a full scan that found nothing (which also makes the hint exact).
 * Precondition: the map has room for two more entries.
 *
 * The same steps as the kernel's loop (reference/area.ts is that loop on plain arrays), on
 * the leaf structure of areaMap.ts: the scan skips leaves that cannot fit, and max_contig
 * is the largest free entry the scan passed, exactly as the kernel accumulates it.
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
  const area = areaOf(chunk);
  const fit = area.firstFit(size, align);
  let maxContig = fit.maxFreeBefore;
  if (!fit.found) {
    const oldHint = chunk.contigHint;
    chunk.contigHint = maxContig;
    ctx.events?.push({ kind: 'area-not-found', chunk: chunk.id, size, align, oldHint, newHint: maxContig });
    relocate(state, chunk, oldSlot, ctx.events);
    return -1;
  }

  const at = fit.at;
  let off = at.offset;
  let head = fit.head;
  let entry = area.value(at);
  const isLast = area.isLast(at);

  // A head too small to track (or next to free space) is handed to the previous area.
  if (head > 0) {
    const prev = area.previous(at)!;
    const prevValue = area.value(prev);
    if (head < SMALL_AREA_BYTES || prevValue > 0) {
      const prevOwner = area.owner(prev);
      if (prevValue > 0) area.set(prev, prevValue + head, prevOwner);
      else {
        area.set(prev, prevValue - head, prevOwner);
        chunk.freeSize -= head;
      }
      ctx.events?.push({ kind: 'head-absorbed', chunk: chunk.id, offset: off, bytes: head, intoOwner: prevOwner });
      entry -= head;
      off += head;
      head = 0;
    }
  }

  // A tail too small to track stays glued to the allocation.
  let tail = entry - head - size;
  if (tail < SMALL_AREA_BYTES) {
    if (tail > 0) ctx.events?.push({ kind: 'tail-kept', chunk: chunk.id, bytes: tail });
    tail = 0;
  }

  const areaSize = entry - head - tail;
  if (head || tail) {
    const count = head && tail ? 3 : 2;
    const values = count === 3 ? SPLIT3_VALUES : SPLIT2_VALUES;
    const owners = count === 3 ? SPLIT3_OWNERS : SPLIT2_OWNERS;
    let k = 0;
    if (head) {
      values[k] = head;
      owners[k++] = OWNER_FREE;
    }
    values[k] = -areaSize;
    owners[k++] = owner;
    if (tail) {
      values[k] = tail;
      owners[k] = OWNER_FREE;
    }
    area.replaceRun(at, 1, values, owners);
    ctx.events?.push({ kind: 'split', chunk: chunk.id, offset: off, head, size: areaSize, tail });
    if (head) {
      off += head;
      if (head > maxContig) maxContig = head;
    }
    if (tail && tail > maxContig) maxContig = tail;
  } else area.set(at, -areaSize, owner);

  const oldHint = chunk.contigHint;
  chunk.contigHint = isLast ? maxContig : Math.max(chunk.contigHint, maxContig);
  if (chunk.contigHint !== oldHint) {
    ctx.events?.push({ kind: 'hint', chunk: chunk.id, from: oldHint, to: chunk.contigHint, exact: isLast });
  }

  chunk.freeSize -= areaSize;
  ctx.events?.push({ kind: 'allocated', chunk: chunk.id, offset: off, requested: size, areaSize });
  relocate(state, chunk, oldSlot, ctx.events);
  return off;
}

/** pcpu_free_area: free the area starting at off, merge with free neighbours. */
export function freeArea(state: EngineState, chunk: Chunk, freeOffset: number, ctx: StepContext): void {
  const oldSlot = chunkSlot(state, chunk);
  const area = areaOf(chunk);
  const at = area.find(freeOffset);
  if (!at || area.value(at) > 0) {
    throw new Error(`model bug: no allocated area at offset ${freeOffset} of chunk ${chunk.id}`);
  }
  let size = -area.value(at);
  chunk.freeSize += size;
  ctx.events?.push({ kind: 'freed', chunk: chunk.id, offset: freeOffset, size });

  // The kernel merges with the previous entry, then with the one after: the same entries
  // as the freed one's neighbours now.
  let first = at;
  let count = 1;
  const prev = area.previous(at);
  if (prev && area.value(prev) >= 0) {
    const bytes = area.value(prev);
    ctx.events?.push({ kind: 'merged', chunk: chunk.id, side: 'previous', bytes });
    size += bytes;
    first = prev;
    count++;
  }
  const next = area.next(at);
  if (next && area.value(next) >= 0) {
    const bytes = area.value(next);
    ctx.events?.push({ kind: 'merged', chunk: chunk.id, side: 'next', bytes });
    size += bytes;
    count++;
  }
  if (count === 1) area.set(at, size, OWNER_FREE);
  else {
    MERGED_VALUE[0] = size;
    area.replaceRun(first, count, MERGED_VALUE, MERGED_OWNER);
  }

  const oldHint = chunk.contigHint;
  chunk.contigHint = Math.max(size, chunk.contigHint);
  if (chunk.contigHint !== oldHint) {
    ctx.events?.push({ kind: 'hint', chunk: chunk.id, from: oldHint, to: chunk.contigHint, exact: false });
  }
  relocate(state, chunk, oldSlot, ctx.events);
}
