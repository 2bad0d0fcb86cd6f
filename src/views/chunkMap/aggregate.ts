import { OWNER_FREE } from '../../model/owners';
import { areaIndexAt, type ChunkGeometry } from './geometry';

/** A linear offset→pixel mapping (px = offset * pxPerByte + originPx) and the visible pixels. */
export interface PixelView {
  pxPerByte: number;
  originPx: number;
  left: number;
  right: number;
}

export interface AreaSegment {
  kind: 'area';
  index: number;
  x0: number;
  x1: number;
}

/** Consecutive areas too narrow to draw one by one, drawn as one rect. */
export interface SummarySegment {
  kind: 'summary';
  first: number;
  last: number;
  x0: number;
  x1: number;
  allocatedBytes: number;
  freeBytes: number;
  allocatedCount: number;
}

export type Segment = AreaSegment | SummarySegment;

/**
 * What to draw for the visible part of a chunk: every area at least minPx wide on its own,
 * and runs of narrower neighbours merged into summaries about minPx wide. The output is
 * bounded by the pixel width, not by the number of areas, so a map of thousands of entries
 * costs a few hundred rects. Areas outside [left, right) are left out.
 */
export function aggregateAreas(geometry: ChunkGeometry, view: PixelView, minPx = 1): Segment[] {
  const { starts, sizes, owners } = geometry;
  const { pxPerByte: k, originPx: o, left, right } = view;
  const out: Segment[] = [];
  let pending: SummarySegment | null = null;

  const flush = () => {
    if (!pending) return;
    if (pending.first === pending.last)
      out.push({ kind: 'area', index: pending.first, x0: pending.x0, x1: pending.x1 });
    else out.push(pending);
    pending = null;
  };

  const n = starts.length;
  for (let i = Math.max(0, areaIndexAt(geometry, (left - o) / k)); i < n; i++) {
    const start = starts[i]!;
    const size = sizes[i]!;
    const x0 = start * k + o;
    if (x0 >= right) break;
    const x1 = (start + size) * k + o;
    if (x1 <= left) continue;
    if (x1 - x0 >= minPx) {
      flush();
      out.push({ kind: 'area', index: i, x0, x1 });
      continue;
    }
    const free = owners[i] === OWNER_FREE;
    if (!pending) {
      pending = { kind: 'summary', first: i, last: i, x0, x1, allocatedBytes: 0, freeBytes: 0, allocatedCount: 0 };
    }
    pending.last = i;
    pending.x1 = x1;
    if (free) pending.freeBytes += size;
    else {
      pending.allocatedBytes += size;
      pending.allocatedCount++;
    }
    if (pending.x1 - pending.x0 >= minPx) flush();
  }
  flush();
  return out;
}
