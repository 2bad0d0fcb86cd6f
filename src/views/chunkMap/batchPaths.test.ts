import { describe, expect, it } from 'vitest';
import type { Segment } from './aggregate';
import { pathRects } from '../../../test/golden/svgElements';
import { batchPaths } from './batchPaths';

const area = (index: number, x0: number, x1: number): Segment => ({ kind: 'area', index, x0, x1 });
const summary = (first: number, x0: number, allocatedBytes: number, freeBytes: number): Segment => ({
  kind: 'summary',
  first,
  last: first + 1,
  x0,
  x1: x0 + 1,
  allocatedBytes,
  freeBytes,
  allocatedCount: allocatedBytes > 0 ? 1 : 0,
});

describe('batchPaths', () => {
  const paint = (i: number) => (i % 2 === 0 ? { className: 'pal-hue-0' } : { className: 'pal-free' });

  it('puts rects of one look into one path, one subpath each, with edges only on wide ones', () => {
    const batches = batchPaths([area(0, 0, 10), area(1, 10, 12), area(2, 12, 30)], paint, 100, 20, 1, 4);
    expect(batches.map((b) => [b.className, b.d])).toEqual([
      ['pal-hue-0 cm-edge', 'M0 0h10v20h-10zM12 0h18v20h-18z'],
      ['pal-free', 'M10 0h2v20h-2z'],
    ]);
  });

  it('shades summaries in four density steps: all free 0.25, half 0.625, all allocated 1', () => {
    const batches = batchPaths(
      [summary(0, 0, 0, 64), summary(2, 1, 32, 32), summary(4, 2, 64, 0), summary(6, 3, 30, 34)],
      paint,
      100,
      20,
      1,
      4,
    );
    expect(batches.map((b) => [b.key, b.fillOpacity, pathRects(b.d).length])).toEqual([
      ['summary:0', 0.25, 1],
      ['summary:2', 0.625, 2],
      ['summary:4', 1, 1],
    ]);
  });

  it('clips rects to the drawing and keeps sub-pixel ones at the minimum width', () => {
    const [b] = batchPaths([area(0, -5000, 5000)], paint, 100, 20, 1, 4);
    expect(b!.d).toBe('M-2 0h104v20h-104z');
    const [c] = batchPaths([area(0, 50.2, 50.3)], paint, 100, 20, 1, 4);
    expect(c!.d).toBe('M50.2 0h1v20h-1z');
  });
});
