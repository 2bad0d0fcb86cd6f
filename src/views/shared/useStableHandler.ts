import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * An event handler whose identity never changes but which always runs the latest `handler`:
 * passing it to memoised children (one row per chunk) keeps a step from redrawing every row
 * only because the handler closed over the new state. Only for events, never during render.
 */
export function useStableHandler<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
