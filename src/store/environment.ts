import type { SweepWorker } from '../sweep';

/**
 * What the store needs from the page, injected so the store itself touches no browser globals:
 * the page passes the real ones (main.tsx), tests pass stand-ins.
 */
export interface StoreEnvironment {
  /** A sweep worker (a Web Worker in the page). */
  createSweepWorker: () => SweepWorker;
  /** Cores the machine reports (navigator.hardwareConcurrency); sizes the sweep's worker pool. */
  cores: number | undefined;
  /** Runs `callback` before the next paint (requestAnimationFrame in the page). */
  nextFrame: (callback: () => void) => void;
  /** Milliseconds on a monotonic clock (performance.now in the page). */
  now: () => number;
}

/** Where there is no page (unit tests, the CLI): no workers, frames run at once, a clock that stands still. */
export const NO_PAGE: StoreEnvironment = {
  createSweepWorker: () => {
    throw new Error('sweep workers need a browser');
  },
  cores: 1,
  nextFrame: (callback) => callback(),
  now: () => 0,
};
