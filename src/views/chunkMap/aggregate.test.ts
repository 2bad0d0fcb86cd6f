import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OWNER_FREE, OWNER_STATIC_AND_RESERVED } from '../../model/owners';
import { OWNER_RETURNED_TAIL } from '../colors/areaPaint';
import { aggregateAreas, type PixelView, type Segment } from './aggregate';
import type { ChunkGeometry } from './geometry';

function geometry(sizes: number[], owners: number[]): ChunkGeometry {
  const starts = new Float64Array(sizes.length);
  let at = 0;
  sizes.forEach((s, i) => {
    starts[i] = at;
    at += s;
  });
  return {
    starts,
    sizes: Float64Array.from(sizes),
    owners: Int32Array.from(owners),
    mapUsed: sizes.length,
    coverage: at,
    unitSize: at,
  };
}

const fit = (total: number, width: number): PixelView => ({
  pxPerByte: width / total,
  originPx: 0,
  left: 0,
  right: width,
});

/** Indices covered by the segments, in order. */
const covered = (segments: Segment[]) =>
  segments.flatMap((s) =>
    s.kind === 'area' ? [s.index] : Array.from({ length: s.last - s.first + 1 }, (_, j) => s.first + j),
  );

describe('aggregateAreas', () => {
  it('merges 5000 8-byte areas at 0.16 px each into 1-px summaries of 7 areas', () => {
    // 40000 bytes over 800 px: 0.02 px per byte, 0.16 px per area. Six areas make 0.96 px,
    // seven 1.12 px, so summaries hold 7 areas: 714 of them, then the last 2 areas.
    const g = geometry(Array<number>(5000).fill(8), Array<number>(5000).fill(5));
    const segments = aggregateAreas(g, fit(40000, 800));
    expect(segments).toHaveLength(715);
    expect(segments.every((s) => s.kind === 'summary')).toBe(true);
    expect(segments[0]).toMatchObject({ first: 0, last: 6, allocatedBytes: 56, allocatedCount: 7, freeBytes: 0 });
    expect(segments[714]).toMatchObject({ first: 4998, last: 4999, allocatedBytes: 16 });
  });

  it('keeps wide areas whole and summarises the 15 SLUB allocations of Example 9', () => {
    // Chunk 1 after kmem_cache_init: [-91072, -24 ×15, 23256], then the returned tail up to
    // 524288. At 800 px a 24-byte area is 0.037 px; the fifteen together 0.55 px.
    const sizes = [91072, ...Array<number>(15).fill(24), 23256, 409600];
    const owners = [
      OWNER_STATIC_AND_RESERVED,
      ...Array.from({ length: 15 }, (_, i) => i + 2),
      OWNER_FREE,
      OWNER_RETURNED_TAIL,
    ];
    const segments = aggregateAreas(geometry(sizes, owners), fit(524288, 800));
    expect(segments.map((s) => (s.kind === 'area' ? s.index : `${s.first}-${s.last}`))).toEqual([0, '1-15', 16, 17]);
    expect(segments[1]).toMatchObject({ allocatedBytes: 360, allocatedCount: 15, freeBytes: 0 });
  });

  it('draws every area on its own when zoomed in far enough', () => {
    const g = geometry([8, 16, 8], [1, OWNER_FREE, 2]);
    expect(aggregateAreas(g, fit(32, 320))).toEqual([
      { kind: 'area', index: 0, x0: 0, x1: 80 },
      { kind: 'area', index: 1, x0: 80, x1: 240 },
      { kind: 'area', index: 2, x0: 240, x1: 320 },
    ]);
  });

  it('leaves out areas outside the visible pixels', () => {
    // 10 areas of 100 bytes at 1 px per byte, viewport 250..420: areas 2, 3 and 4 only.
    const g = geometry(Array<number>(10).fill(100), Array<number>(10).fill(1));
    const segments = aggregateAreas(g, { pxPerByte: 1, originPx: 0, left: 250, right: 420 });
    expect(covered(segments)).toEqual([2, 3, 4]);
  });

  const arbitrary = fc.record({
    sizes: fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 400 }),
    zoom: fc.double({ min: 1, max: 5000, noNaN: true }),
    pan: fc.double({ min: 0, max: 1, noNaN: true }),
    width: fc.integer({ min: 50, max: 1200 }),
    minPx: fc.constantFrom(0.5, 1, 2),
  });

  it('covers exactly the visible areas once, in order, within a pixel-bounded count', () => {
    fc.assert(
      fc.property(arbitrary, ({ sizes, zoom, pan, width, minPx }) => {
        const total = sizes.reduce((a, b) => a + b, 0);
        const owners = sizes.map((_, i) => (i % 3 === 0 ? OWNER_FREE : i));
        const g = geometry(sizes, owners);
        const k = (width / total) * zoom;
        const view: PixelView = { pxPerByte: k, originPx: -pan * (total * k - width), left: 0, right: width };
        const segments = aggregateAreas(g, view, minPx);

        const visible: number[] = [];
        sizes.forEach((_, i) => {
          const x0 = g.starts[i]! * k + view.originPx;
          const x1 = (g.starts[i]! + g.sizes[i]!) * k + view.originPx;
          if (x1 > view.left && x0 < view.right) visible.push(i);
        });
        expect(covered(segments)).toEqual(visible);
        expect(segments.length).toBeLessThanOrEqual(2 * Math.ceil(width / minPx) + 5);

        segments.forEach((s, j) => {
          if (s.kind === 'area') return;
          expect(s.last).toBeGreaterThan(s.first);
          let bytes = 0;
          for (let i = s.first; i <= s.last; i++) {
            expect(g.sizes[i]! * k).toBeLessThan(minPx);
            bytes += g.sizes[i]!;
          }
          expect(s.allocatedBytes + s.freeBytes).toBe(bytes);
          // A summary is cut short only by a wide area after it or by the end of the view.
          const next = segments[j + 1];
          if (next && next.kind === 'summary') expect(s.x1 - s.x0).toBeGreaterThanOrEqual(minPx);
        });
      }),
    );
  });
});
