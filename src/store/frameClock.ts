/**
 * Animation frames, injected: the page passes requestAnimationFrame (main.tsx), tests pass a
 * fake whose frames they fire by hand, so timing code is tested without waiting.
 */
export interface FrameClock {
  /** Calls `callback` with a millisecond timestamp before the next paint; returns a handle. */
  request: (callback: (now: number) => void) => number;
  cancel: (handle: number) => void;
}

/** A clock whose frames run only when `advance` is called: for tests. */
export interface ManualFrameClock extends FrameClock {
  /** Moves time forward by `ms` and runs the frames requested before this call. */
  advance: (ms: number) => void;
  pending: () => number;
}

export function manualFrameClock(): ManualFrameClock {
  let now = 0;
  let nextHandle = 1;
  let waiting = new Map<number, (now: number) => void>();
  return {
    request: (callback) => {
      const handle = nextHandle++;
      waiting.set(handle, callback);
      return handle;
    },
    cancel: (handle) => {
      waiting.delete(handle);
    },
    advance: (ms) => {
      now += ms;
      const due = waiting;
      waiting = new Map();
      for (const callback of due.values()) callback(now);
    },
    pending: () => waiting.size,
  };
}
