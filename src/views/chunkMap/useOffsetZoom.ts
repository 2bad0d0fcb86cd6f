import { useCallback, useEffect, useRef, useState } from 'react';
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';

/** Pixels one byte may take at the deepest zoom. */
const MAX_PX_PER_BYTE = 24;

function maxScaleFor(unitSize: number, width: number): number {
  return Math.max(1, (MAX_PX_PER_BYTE * unitSize) / width);
}

/**
 * Scale and x translation that show [start, end) centred over `share` of the width (1: exactly
 * filling it), kept within the zoom limits and the unit.
 */
export function framing(start: number, end: number, unitSize: number, width: number, share = 0.5): [number, number] {
  const wanted = unitSize / Math.max(1 / MAX_PX_PER_BYTE, (end - start) / share);
  const k = Math.min(maxScaleFor(unitSize, width), Math.max(1, wanted));
  const centre = ((start + end) / 2 / unitSize) * width * k;
  const x = Math.min(0, Math.max(width - width * k, width / 2 - centre));
  return [k, x];
}

export interface OffsetZoom {
  transform: ZoomTransform;
  /** Scales by `factor` about `aboutOffset` (a unit offset kept in place), else the centre. */
  zoomBy: (factor: number, aboutOffset?: number) => void;
  /** Zooms so that [start, end) fills `share` of the width (default half), centred. */
  zoomTo: (start: number, end: number, share?: number) => void;
  reset: () => void;
}

/**
 * Zoom and pan along the unit-offset axis. d3-zoom owns the gesture node's listeners only
 * (wheel with Ctrl/⌘ or a pinch, drag, double-click, touch); React renders from the transform,
 * whose y part is ignored. Plain wheel keeps scrolling the page.
 */
export function useOffsetZoom(
  node: HTMLElement | null,
  width: number,
  unitSize: number,
  /** The offsets to show first, [start, end); the whole unit when absent. */
  initial?: readonly [number, number],
): OffsetZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const lastWidth = useRef(0);
  const lastBoot = useRef('');

  useEffect(() => {
    if (!node || width <= 0 || unitSize <= 0) return;
    const maxScale = maxScaleFor(unitSize, width);
    const b = zoom<HTMLElement, unknown>()
      .scaleExtent([1, maxScale])
      .extent([
        [0, 0],
        [width, 1],
      ])
      .translateExtent([
        [0, 0],
        [width, 1],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    const selection = select(node);
    selection.call(b);
    // A new boot (another unit size or first-chunk span) starts from the initial window again.
    const boot = `${unitSize}:${initial?.join('-') ?? ''}`;
    const fresh = lastWidth.current === 0 || lastBoot.current !== boot;
    lastBoot.current = boot;
    if (fresh && initial && initial[1] > initial[0]) {
      const [k, x] = framing(initial[0], initial[1], unitSize, width, 1);
      b.transform(selection, zoomIdentity.translate(x, 0).scale(k));
    } else {
      // Keep the same offsets in view when the width changes.
      const current = (node as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
      const ratio = lastWidth.current > 0 && !fresh ? width / lastWidth.current : 1;
      b.transform(selection, zoomIdentity.translate(current.x * ratio, 0).scale(Math.min(current.k, maxScale)));
    }
    lastWidth.current = width;
    behaviour.current = b;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [node, width, unitSize, initial]);

  const zoomBy = useCallback(
    (factor: number, aboutOffset?: number) => {
      if (!node || !behaviour.current) return;
      let px = width / 2;
      if (aboutOffset !== undefined && unitSize > 0) {
        const current = (node as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
        px = Math.max(0, Math.min(width, current.applyX((aboutOffset / unitSize) * width)));
      }
      behaviour.current.scaleBy(select(node), factor, [px, 0]);
    },
    [node, width, unitSize],
  );
  const zoomTo = useCallback(
    (start: number, end: number, share?: number) => {
      if (!node || !behaviour.current || unitSize <= 0 || width <= 0) return;
      const [k, x] = framing(start, end, unitSize, width, share);
      behaviour.current.transform(select(node), zoomIdentity.translate(x, 0).scale(k));
    },
    [node, width, unitSize],
  );
  const reset = useCallback(() => {
    if (node && behaviour.current) behaviour.current.transform(select(node), zoomIdentity);
  }, [node]);

  return { transform, zoomBy, zoomTo, reset };
}
