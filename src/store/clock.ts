/**
 * Frames and timers, injected: the page passes requestAnimationFrame and setTimeout (main.tsx),
 * tests pass a manual clock whose time they move by hand, so timing code is tested without
 * waiting and nothing but the composition root touches the real ones.
 */
export interface PageClock {
  /** Calls `callback` with a millisecond timestamp before the next paint; returns a cancel. */
  frame: (callback: (now: number) => void) => () => void;
  /** Calls `callback` once after `ms` milliseconds; returns a cancel. */
  after: (ms: number, callback: () => void) => () => void;
}

/** A clock that never fires: for code run where there is no page (server rendering, the CLI). */
export const STILL_CLOCK: PageClock = { frame: () => () => {}, after: () => () => {} };

/** A clock whose time moves only when `advance` is called: for tests. */
export interface ManualClock extends PageClock {
  /** Moves time forward by `ms`: runs the frames requested before this call, then the timers now due. */
  advance: (ms: number) => void;
  /** Frames and timers waiting. */
  pending: () => number;
}

export function manualClock(): ManualClock {
  let now = 0;
  let frames = new Set<{ callback: (now: number) => void }>();
  const timers = new Set<{ due: number; callback: () => void }>();
  return {
    frame: (callback) => {
      const entry = { callback };
      frames.add(entry);
      return () => frames.delete(entry);
    },
    after: (ms, callback) => {
      const entry = { due: now + ms, callback };
      timers.add(entry);
      return () => timers.delete(entry);
    },
    advance: (ms) => {
      now += ms;
      const due = frames;
      frames = new Set();
      for (const entry of due) entry.callback(now);
      for (const entry of [...timers].sort((a, b) => a.due - b.due)) {
        if (entry.due > now) continue;
        timers.delete(entry);
        entry.callback();
      }
    },
    pending: () => frames.size + timers.size,
  };
}
