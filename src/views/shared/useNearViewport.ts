import { useEffect, useState } from 'react';

/** How far outside the viewport an element still counts as near: it is redrawn before it shows. */
const NEAR_MARGIN = '1500px 0px';

type Listener = (near: boolean) => void;
let observer: IntersectionObserver | null = null;
const listeners = new Map<Element, Listener>();

function shared(): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: NEAR_MARGIN },
  );
  return observer;
}

/**
 * Whether `element` is within a screen and a half or so of the viewport (true until first
 * observed, and always where there is no IntersectionObserver). One observer serves every
 * element: hundreds of chunk rows ask.
 */
export function useNearViewport(element: Element | null): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const io = element ? shared() : null;
    if (!element || !io) return;
    listeners.set(element, setNear);
    io.observe(element);
    return () => {
      io.unobserve(element);
      listeners.delete(element);
    };
  }, [element]);
  return near;
}
