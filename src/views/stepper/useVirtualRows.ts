import { useCallback, useLayoutEffect, useRef, useState, type UIEvent } from 'react';

/**
 * Windowing for long lists of fixed-height rows: only the rows in view (plus a few either
 * side) are rendered, so 100,000 ops cost as much as 30.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan = 8) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  // Mirrors of the list's scroll position and height, so revealing a row while stepping never
  // reads layout from the DOM (a forced reflow on every step).
  const scrollRef = useRef(0);
  const viewportRef = useRef(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      viewportRef.current = el.clientHeight;
      setViewport(el.clientHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => {
    scrollRef.current = e.currentTarget.scrollTop;
    setScrollTop(scrollRef.current);
  }, []);

  /** Scrolls the list itself (never the page) so that row `index` is visible. */
  const reveal = useCallback(
    (index: number, where: 'nearest' | 'end' = 'nearest') => {
      const el = ref.current;
      if (!el || index < 0) return;
      const current = scrollRef.current;
      const height = viewportRef.current;
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
      el.scrollTop = next;
      scrollRef.current = next;
      setScrollTop(next);
    },
    [rowHeight],
  );

  // Before the first measurement, render a screenful rather than nothing.
  const height = viewport || 600;
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { ref, onScroll, start, end, totalHeight: count * rowHeight, reveal };
}
