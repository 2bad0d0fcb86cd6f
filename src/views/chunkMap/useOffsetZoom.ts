import { useCallback, useEffect, useRef, useState } from 'react';
import { usePageClock } from '../pageClock';
import { between, constrain, IDENTITY, scaleAbout, wheelExponent, type OffsetTransform } from './offsetTransform';

/** Pixels one byte may take at the deepest zoom. */
const MAX_PX_PER_BYTE = 24;
/** How long a double-click's zoom glides, and how long a wheel gesture lasts after its last event. */
const GLIDE_MS = 250;
const WHEEL_IDLE_MS = 150;
/** A second tap within this time and distance (px) is a double tap. */
const TAP_MS = 500;
const TAP_PX = 10;

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
  transform: OffsetTransform;
  /** Scales by `factor` about `aboutOffset` (a unit offset kept in place), else the centre. */
  zoomBy: (factor: number, aboutOffset?: number) => void;
  /** Zooms so that [start, end) fills `share` of the width (default half), centred. */
  zoomTo: (start: number, end: number, share?: number) => void;
  reset: () => void;
}

const cubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
/** Stops an event the zoom has handled, as d3-zoom does. */
const consume = (e: Event) => {
  e.preventDefault();
  e.stopImmediatePropagation();
};

/**
 * Zoom and pan along the unit-offset axis, with d3-zoom's gestures on the gesture node only:
 * wheel with Ctrl/⌘ or a pinch, drag, double-click (Shift: out), one-finger pan, two-finger
 * pinch and double tap. React renders from the transform. Plain wheel keeps scrolling the page.
 */
export function useOffsetZoom(
  node: HTMLElement | null,
  width: number,
  unitSize: number,
  /** The offsets to show first, [start, end); the whole unit when absent. */
  initial?: readonly [number, number],
): OffsetZoom {
  const clock = usePageClock();
  const [transform, setTransform] = useState<OffsetTransform>(IDENTITY);
  // The transform on screen, for gestures and calls between renders.
  const current = useRef<OffsetTransform>(IDENTITY);
  const zoomNode = useRef<HTMLElement | null>(null);
  const lastWidth = useRef(0);
  const lastBoot = useRef('');
  const stopGlide = useRef<() => void>(() => {});

  const show = useCallback((t: OffsetTransform) => {
    current.current = t;
    setTransform(t);
  }, []);
  /** Shows `t` at once, ending any glide (a new gesture or call interrupts one, as in d3). */
  const jump = useCallback(
    (t: OffsetTransform) => {
      stopGlide.current();
      show(t);
    },
    [show],
  );

  useEffect(() => {
    if (!node || width <= 0 || unitSize <= 0) return;
    const maxScale = maxScaleFor(unitSize, width);
    if (zoomNode.current !== node) current.current = IDENTITY;
    zoomNode.current = node;
    // A new boot (another unit size or first-chunk span) starts from the initial window again.
    const boot = `${unitSize}:${initial?.join('-') ?? ''}`;
    const fresh = lastWidth.current === 0 || lastBoot.current !== boot;
    lastBoot.current = boot;
    if (fresh && initial && initial[1] > initial[0]) {
      const [k, x] = framing(initial[0], initial[1], unitSize, width, 1);
      jump({ k, x });
    } else {
      // Keep the same offsets in view when the width changes.
      const now = current.current;
      const ratio = lastWidth.current > 0 && !fresh ? width / lastWidth.current : 1;
      jump({ k: Math.min(now.k, maxScale), x: now.x * ratio });
    }
    lastWidth.current = width;

    const view = node.ownerDocument.defaultView ?? window;
    const pointerX = (clientX: number) => clientX - node.getBoundingClientRect().left - node.clientLeft;
    const clampK = (k: number) => Math.max(1, Math.min(maxScale, k));

    const glide = (to: OffsetTransform) => {
      stopGlide.current();
      const from = current.current;
      let start = -1;
      let cancel = clock.frame(function tick(now) {
        if (start < 0) start = now;
        const p = Math.min(1, (now - start) / GLIDE_MS);
        show(between(from, to, cubicInOut(p), width));
        cancel = p < 1 ? clock.frame(tick) : () => {};
      });
      stopGlide.current = () => {
        cancel();
        stopGlide.current = () => {};
      };
    };

    let wheeling = false;
    let endWheel = () => {};
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      const t = current.current;
      const k = clampK(t.k * 2 ** wheelExponent(e.deltaY, e.deltaMode, e.ctrlKey));
      // At a limit a new wheel gesture is left to the page.
      if (!wheeling && k === t.k) return;
      consume(e);
      wheeling = true;
      endWheel();
      endWheel = clock.after(WHEEL_IDLE_MS, () => {
        wheeling = false;
      });
      jump(scaleAbout(t, k, pointerX(e.clientX), width, maxScale));
    };

    const onMouseDown = (e: MouseEvent) => {
      if (e.ctrlKey || e.button) return;
      e.stopImmediatePropagation();
      stopGlide.current();
      const start = current.current;
      const x0 = e.clientX;
      const y0 = e.clientY;
      let moved = false;
      const move = (m: MouseEvent) => {
        consume(m);
        if (!moved) moved = (m.clientX - x0) ** 2 + (m.clientY - y0) ** 2 > 0;
        show(constrain({ k: start.k, x: start.x + m.clientX - x0 }, width));
      };
      const up = (u: MouseEvent) => {
        consume(u);
        view.removeEventListener('mousemove', move, true);
        view.removeEventListener('mouseup', up, true);
        view.removeEventListener('selectstart', consume, true);
        view.removeEventListener('dragstart', consume, true);
        // A drag is not a click on what it started over.
        if (moved) {
          view.addEventListener('click', consume, true);
          clock.after(0, () => view.removeEventListener('click', consume, true));
        }
      };
      view.addEventListener('mousemove', move, true);
      view.addEventListener('mouseup', up, true);
      view.addEventListener('selectstart', consume, true);
      view.addEventListener('dragstart', consume, true);
    };

    const zoomTwice = (clientX: number, out: boolean) => {
      const t = current.current;
      glide(scaleAbout(t, t.k * (out ? 0.5 : 2), pointerX(clientX), width, maxScale));
    };
    const onDoubleClick = (e: MouseEvent) => {
      if (e.ctrlKey || e.button) return;
      consume(e);
      zoomTwice(e.clientX, e.shiftKey);
    };

    // Touches held: where each is and which unit position (pixel at k = 1) it holds.
    const touches = new Map<number, { px: number; at: number }>();
    let lastTap: { time: number; px: number } | null = null;
    let tapCandidate: { px: number; moved: boolean } | null = null;
    const anchor = () => {
      const t = current.current;
      for (const held of touches.values()) held.at = (held.px - t.x) / t.k;
    };
    const onTouchStart = (e: TouchEvent) => {
      e.stopImmediatePropagation();
      stopGlide.current();
      for (const touch of Array.from(e.changedTouches)) {
        if (touches.size >= 2) break;
        touches.set(touch.identifier, { px: pointerX(touch.clientX), at: 0 });
      }
      anchor();
      tapCandidate = e.touches.length === 1 ? { px: pointerX(e.touches[0]!.clientX), moved: false } : null;
    };
    const onTouchMove = (e: TouchEvent) => {
      let changed = false;
      for (const touch of Array.from(e.changedTouches)) {
        const held = touches.get(touch.identifier);
        if (!held) continue;
        held.px = pointerX(touch.clientX);
        changed = true;
      }
      if (!changed) return;
      consume(e);
      if (tapCandidate) tapCandidate.moved = true;
      const [a, b] = [...touches.values()];
      const t = current.current;
      if (a && b && a.at !== b.at) {
        const k = clampK(Math.abs(b.px - a.px) / Math.abs(b.at - a.at));
        show(constrain({ k, x: (a.px + b.px) / 2 - ((a.at + b.at) / 2) * k }, width));
      } else if (a) {
        show(constrain({ k: t.k, x: a.px - a.at * t.k }, width));
      }
    };
    const onTouchEnd = (e: TouchEvent) => {
      e.stopImmediatePropagation();
      for (const touch of Array.from(e.changedTouches)) touches.delete(touch.identifier);
      anchor();
      if (!tapCandidate || tapCandidate.moved || e.touches.length > 0) return;
      const now = e.timeStamp;
      const tap = tapCandidate;
      tapCandidate = null;
      if (lastTap && now - lastTap.time < TAP_MS && Math.abs(tap.px - lastTap.px) < TAP_PX) {
        lastTap = null;
        const t = current.current;
        glide(scaleAbout(t, t.k * 2, tap.px, width, maxScale));
      } else {
        lastTap = { time: now, px: tap.px };
      }
    };

    node.addEventListener('wheel', onWheel, { passive: false });
    node.addEventListener('mousedown', onMouseDown);
    node.addEventListener('dblclick', onDoubleClick);
    node.addEventListener('touchstart', onTouchStart, { passive: false });
    node.addEventListener('touchmove', onTouchMove, { passive: false });
    node.addEventListener('touchend', onTouchEnd);
    node.addEventListener('touchcancel', onTouchEnd);
    return () => {
      endWheel();
      node.removeEventListener('wheel', onWheel);
      node.removeEventListener('mousedown', onMouseDown);
      node.removeEventListener('dblclick', onDoubleClick);
      node.removeEventListener('touchstart', onTouchStart);
      node.removeEventListener('touchmove', onTouchMove);
      node.removeEventListener('touchend', onTouchEnd);
      node.removeEventListener('touchcancel', onTouchEnd);
    };
  }, [node, width, unitSize, initial, clock, show, jump]);

  const ready = node !== null && width > 0 && unitSize > 0;
  const zoomBy = useCallback(
    (factor: number, aboutOffset?: number) => {
      if (!ready) return;
      const t = current.current;
      let px = width / 2;
      if (aboutOffset !== undefined) px = Math.max(0, Math.min(width, t.x + (aboutOffset / unitSize) * width * t.k));
      jump(scaleAbout(t, t.k * factor, px, width, maxScaleFor(unitSize, width)));
    },
    [ready, width, unitSize, jump],
  );
  const zoomTo = useCallback(
    (start: number, end: number, share?: number) => {
      if (!ready) return;
      const [k, x] = framing(start, end, unitSize, width, share);
      jump({ k, x });
    },
    [ready, width, unitSize, jump],
  );
  const reset = useCallback(() => {
    if (ready) jump(IDENTITY);
  }, [ready, jump]);

  return { transform, zoomBy, zoomTo, reset };
}
