/** How much of the browser's idle period is left (requestIdleCallback's deadline). */
export interface IdleDeadline {
  timeRemaining: () => number;
}

/** Runs work when the page is idle: requestIdleCallback in the browser, a fake in tests. */
export interface IdleScheduler {
  request: (run: (deadline: IdleDeadline) => void) => unknown;
  cancel: (handle: unknown) => void;
}

/** An idle callback comes at the latest this long after it was asked for, even on a busy page. */
const IDLE_TIMEOUT_MS = 1000;
/** Where there is no requestIdleCallback (Safari): a short slice after a timer. */
const FALLBACK_SLICE_MS = 8;

export const browserIdle: IdleScheduler =
  typeof requestIdleCallback === 'function'
    ? {
        request: (run) => requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }),
        cancel: (handle) => cancelIdleCallback(handle as number),
      }
    : {
        request: (run) =>
          setTimeout(() => {
            const start = performance.now();
            run({ timeRemaining: () => Math.max(0, FALLBACK_SLICE_MS - (performance.now() - start)) });
          }, 16),
        cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      };

/**
 * Runs `work` in idle slices until it says it is done. `work` gets a `more()` to ask between
 * small steps; the first ask of a slice is always yes, so a slice that starts with no time left
 * (a timed-out idle callback) still moves on. Returns a cancel function.
 */
export function runWhenIdle(
  idle: IdleScheduler,
  work: (more: () => boolean) => boolean,
  onDone: () => void,
): () => void {
  let handle: unknown = null;
  const slice = (deadline: IdleDeadline) => {
    handle = null;
    let first = true;
    const more = () => {
      if (first) {
        first = false;
        return true;
      }
      return deadline.timeRemaining() > 1;
    };
    if (work(more)) onDone();
    else handle = idle.request(slice);
  };
  handle = idle.request(slice);
  return () => {
    if (handle !== null) idle.cancel(handle);
    handle = null;
  };
}
