import type { PageClock } from '../../store/clock';

/**
 * Resolves after the browser has painted the current state: the first frame callback runs
 * before React's committed changes are painted, the second after that paint.
 */
export function afterNextPaint(clock: PageClock): Promise<void> {
  return new Promise((resolve) => clock.frame(() => clock.frame(() => resolve())));
}

/** Waits `ms`, or less if the signal aborts. */
export function wait(clock: PageClock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const cancel = clock.after(ms, done);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      cancel();
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
