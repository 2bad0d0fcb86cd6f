import { useEffect, useState } from 'react';
import { selectPlaying, selectSpeed, selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/** Playback faster than this many steps a second gets no transitions: they would never finish. */
const FAST_SPEED = 2;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

/**
 * Whether the change to the current step may animate: one step forward or back at a calm
 * speed, and the reader has not asked for reduced motion. Seeks and fast playback jump.
 * The state itself is never delayed: only CSS transitions read this (data-motion).
 */
export function useMotion(): boolean {
  const step = useExplorer(selectStep);
  const speed = useExplorer(selectSpeed);
  const playing = useExplorer(selectPlaying);
  // The step of the previous render and how far the last change jumped (React's
  // "state from the previous render" pattern: set during render, no effect needed).
  const [previous, setPrevious] = useState(step);
  const [delta, setDelta] = useState(0);
  if (previous !== step) {
    setPrevious(step);
    setDelta(Math.abs(step - previous));
  }
  const [reduced, setReduced] = useState(prefersReducedMotion);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => setReduced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return !reduced && delta <= 1 && !(playing && speed > FAST_SPEED);
}
