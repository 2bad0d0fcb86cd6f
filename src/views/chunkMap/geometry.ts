import type { Chunk, Layout } from '../../engine/types';
import { OWNER_OTHER_STRUCTURE, OWNER_RETURNED_TAIL } from '../colors/areaPaint';

/**
 * A chunk's areas laid out on the unit-offset axis: the map entries in address order, then,
 * for a first-chunk structure, the part of the unit it does not map (view-only owner codes).
 */
export interface ChunkGeometry {
  starts: Float64Array;
  sizes: Float64Array;
  /** Alloc op index, an OWNER_* code, or a view-only code for unmapped parts. */
  owners: Int32Array;
  /** Entries 0..mapUsed-1 are the chunk's map; later ones are unmapped parts. */
  mapUsed: number;
  /** Bytes the map covers (Σ|map|). */
  coverage: number;
  unitSize: number;
}

/** size_sum of the first chunk: static + reserved + dynamic. */
export function firstChunkSpan(layout: Layout): number {
  return layout.staticSize + layout.reservedSize + layout.dynSize;
}

export function chunkGeometry(chunk: Chunk, layout: Layout): ChunkGeometry {
  const mapUsed = chunk.map.length;
  let coverage = 0;
  for (const entry of chunk.map) coverage += Math.abs(entry);
  const span = firstChunkSpan(layout);
  const extra: [number, number, number][] = [];
  if (coverage < layout.unitSize) {
    // The reserved structure stops at static+reserved; the dynamic area after it is another
    // structure's. Beyond size_sum the embed path gave the memory back to bootmem.
    if (coverage < span) extra.push([coverage, span - coverage, OWNER_OTHER_STRUCTURE]);
    const tailStart = Math.max(coverage, span);
    if (tailStart < layout.unitSize) extra.push([tailStart, layout.unitSize - tailStart, OWNER_RETURNED_TAIL]);
  }
  const n = mapUsed + extra.length;
  const starts = new Float64Array(n);
  const sizes = new Float64Array(n);
  const owners = new Int32Array(n);
  let offset = 0;
  for (let i = 0; i < mapUsed; i++) {
    const size = Math.abs(chunk.map[i]!);
    starts[i] = offset;
    sizes[i] = size;
    owners[i] = chunk.owners[i] ?? -1;
    offset += size;
  }
  extra.forEach(([start, size, owner], j) => {
    starts[mapUsed + j] = start;
    sizes[mapUsed + j] = size;
    owners[mapUsed + j] = owner;
  });
  return { starts, sizes, owners, mapUsed, coverage, unitSize: layout.unitSize };
}

/** Index of the area containing offset (clamped to the first/last area), or -1 when empty. */
export function areaIndexAt(geometry: ChunkGeometry, offset: number): number {
  const { starts } = geometry;
  if (starts.length === 0) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the map area holding `offset` exactly at its start, or -1. */
export function areaStartingAt(geometry: ChunkGeometry, offset: number): number {
  const i = areaIndexAt(geometry, offset);
  return i >= 0 && i < geometry.mapUsed && geometry.starts[i] === offset ? i : -1;
}

/** The largest free map entry (first one on ties), or null when none is free. */
export function largestFree(chunk: Chunk): { index: number; start: number; size: number } | null {
  let best: { index: number; start: number; size: number } | null = null;
  let offset = 0;
  chunk.map.forEach((entry, index) => {
    if (entry > 0 && (!best || entry > best.size)) best = { index, start: offset, size: entry };
    offset += Math.abs(entry);
  });
  return best;
}

/** Size of the map entry that starts at offset, or 0. */
export function areaSizeAt(chunk: Chunk, offset: number): number {
  let at = 0;
  for (const entry of chunk.map) {
    if (at === offset) return Math.abs(entry);
    if (at > offset) return 0;
    at += Math.abs(entry);
  }
  return 0;
}
