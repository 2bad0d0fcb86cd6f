import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { usePageClock } from '../pageClock';

/**
 * Windowing for long lists of fixed-height rows: only the rows in view (plus a few either
 * side) are rendered, so 100,000 ops cost as much as 30.
 *
 * Two traps this avoids. A hidden list (presentation mode leaves the timeline out) cannot
 * scroll: writing scrollTop does nothing, so when it shows again the list is re-placed on the
 * last revealed row. And the scroll event a reveal itself causes is not turned back into state
 * (at most one state update per frame from scrolling), so holding → cannot build a render loop.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan = 8) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  // Mirrors of the list's scroll position and height, so revealing a row while stepping never
  // reads layout from the DOM (a forced reflow on every step).
  const scrollRef = useRef(0);
  const viewportRef = useRef(0);
  const lastReveal = useRef<{ index: number; where: 'nearest' | 'end' } | null>(null);
  const clock = usePageClock();
  // The cancel of the scroll update waiting for the next frame, if one is.
  const frame = useRef<(() => void) | null>(null);

  const place = useCallback((el: HTMLDivElement, next: number) => {
    el.scrollTop = next;
    scrollRef.current = next;
    setScrollTop(next);
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const was = viewportRef.current;
      const height = el.clientHeight;
      viewportRef.current = height;
      setViewport(height);
      // Shown again after being hidden: the browser kept scrollTop at 0, whatever was asked.
      const last = lastReveal.current;
      if (was === 0 && height > 0 && last) {
        const top = last.index * rowHeight;
        place(el, Math.max(0, last.where === 'end' ? top + rowHeight - height : top - (height - rowHeight) / 2));
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      frame.current?.();
    };
  }, [place, rowHeight]);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (!el || Math.abs(el.scrollTop - scrollRef.current) < 1) return; // the echo of our own reveal
    scrollRef.current = el.scrollTop;
    if (frame.current) return;
    frame.current = clock.frame(() => {
      frame.current = null;
      setScrollTop(scrollRef.current);
    });
  }, [clock]);

  /** Scrolls the list itself (never the page) so that row `index` is visible. */
  const reveal = useCallback(
    (index: number, where: 'nearest' | 'end' = 'nearest') => {
      const el = ref.current;
      if (!el || index < 0) return;
      lastReveal.current = { index, where };
      const height = viewportRef.current;
      if (height === 0) return; // hidden: placed when shown (see measure)
      const current = scrollRef.current;
      const top = index * rowHeight;
      const bottom = top + rowHeight;
      const visible = top >= current && bottom <= current + height;
      let next = current;
      if (where === 'end') next = Math.max(0, bottom - height);
      // A row one step away scrolls by one row (smooth stepping); a far jump lands mid-list.
      else if (!visible && Math.abs(top - current) > 2 * height) next = Math.max(0, top - (height - rowHeight) / 2);
      else if (top < current) next = top;
      else if (bottom > current + height) next = bottom - height;
      if (next === current) return;
      place(el, next);
    },
    [place, rowHeight],
  );

  // Before the first measurement, render a screenful rather than nothing.
  const height = viewport || 600;
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { ref, onScroll, start, end, totalHeight: count * rowHeight, reveal };
}
