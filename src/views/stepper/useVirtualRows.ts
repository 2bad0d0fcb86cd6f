import { useCallback, useLayoutEffect, useRef, useState, type UIEvent } from 'react';

/**
 * Windowing for long lists of fixed-height rows: only the rows in view (plus a few either
 * side) are rendered, so 100,000 ops cost as much as 30.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan = 8) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop), []);

  /** Scrolls the list itself (never the page) so that row `index` is visible. */
  const reveal = useCallback(
    (index: number, where: 'nearest' | 'end' = 'nearest') => {
      const el = ref.current;
      if (!el || index < 0) return;
      const top = index * rowHeight;
      const bottom = top + rowHeight;
      const visible = top >= el.scrollTop && bottom <= el.scrollTop + el.clientHeight;
      if (where === 'end') el.scrollTop = Math.max(0, bottom - el.clientHeight);
      // A row one step away scrolls by one row (smooth stepping); a far jump lands mid-list.
      else if (!visible && Math.abs(top - el.scrollTop) > 2 * el.clientHeight) {
        el.scrollTop = Math.max(0, top - (el.clientHeight - rowHeight) / 2);
      } else if (top < el.scrollTop) el.scrollTop = top;
      else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
      setScrollTop(el.scrollTop);
    },
    [rowHeight],
  );

  // Before the first measurement, render a screenful rather than nothing.
  const height = viewport || 600;
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { ref, onScroll, start, end, totalHeight: count * rowHeight, reveal };
}
