import type { SweepWorker } from '../sweep';
import type { PageClock } from './clock';

/**
 * What the store needs from the page, injected so the store itself touches no browser globals:
 * the page passes the real ones (main.tsx), tests pass stand-ins.
 */
export interface StoreEnvironment {
  /** A sweep worker (a Web Worker in the page). */
  createSweepWorker: () => SweepWorker;
  /** Cores the machine reports (navigator.hardwareConcurrency); sizes the sweep's worker pool. */
  cores: number | undefined;
  /** The page's frames and timers, the same clock the player and the views use. */
  clock: PageClock;
  /** Milliseconds on a monotonic clock (performance.now in the page). */
  now: () => number;
}

/** Where there is no page (unit tests, the CLI): no workers, frames run at once, timers never fire, time stands still. */
export const NO_PAGE: StoreEnvironment = {
  createSweepWorker: () => {
    throw new Error('sweep workers need a browser');
  },
  cores: 1,
  clock: {
    frame: (callback) => {
      callback(0);
      return () => {};
    },
    after: () => () => {},
  },
  now: () => 0,
};
