import { useEffect, useState } from 'react';

/** The content width of an element, kept current with a ResizeObserver (0 until measured). */
export function useElementWidth(node: Element | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!node) return;
    const measure = () => setWidth(Math.floor(node.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return width;
}
