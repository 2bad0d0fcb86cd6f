import type { Scenario } from '../../engine/types';
import { parseScenario } from '../../scenario/schema';
import type { Scheduler } from './autosaveSync';
import type { IdleDeadline, IdleScheduler } from './idle';

/** Timers that run only when the test says so. */
export function manualScheduler(): Scheduler & { runAll: () => void; pending: () => number } {
  let next = 1;
  const tasks = new Map<number, () => void>();
  return {
    setTimeout: (run) => {
      tasks.set(next, run);
      return next++;
    },
    clearTimeout: (handle) => void tasks.delete(handle as number),
    runAll: () => {
      const due = [...tasks.values()];
      tasks.clear();
      for (const run of due) run();
    },
    pending: () => tasks.size,
  };
}

/** Idle callbacks that run only when the test says so, each slice with no time to spare. */
export function manualIdle(): IdleScheduler & { runOne: () => boolean; runAll: () => number; pending: () => number } {
  let next = 1;
  const tasks = new Map<number, (deadline: IdleDeadline) => void>();
  const noTime: IdleDeadline = { timeRemaining: () => 0 };
  const idle = {
    request: (run: (deadline: IdleDeadline) => void) => {
      tasks.set(next, run);
      return next++;
    },
    cancel: (handle: unknown) => void tasks.delete(handle as number),
    /** Runs the oldest waiting callback; false when there was none. */
    runOne: () => {
      const first = tasks.entries().next();
      if (first.done) return false;
      tasks.delete(first.value[0]);
      first.value[1](noTime);
      return true;
    },
    /** Runs callbacks (and those they ask for) until none is left; returns how many ran. */
    runAll: () => {
      let count = 0;
      while (idle.runOne()) count++;
      return count;
    },
    pending: () => tasks.size,
  };
  return idle;
}

/** A window's location and history, recording what the app writes. */
export function fakeAddressBar(url: string) {
  const parsed = new URL(url);
  const listeners = new Set<() => void>();
  const bar = {
    location: {
      origin: parsed.origin,
      pathname: parsed.pathname,
      search: parsed.search,
      hash: parsed.hash,
      reloads: 0,
      reload: () => void bar.location.reloads++,
    },
    replaced: [] as string[],
    history: {
      state: null as unknown,
      replaceState: (_data: unknown, _unused: string, to: string) => {
        const next = new URL(to, parsed.origin);
        bar.location.pathname = next.pathname;
        bar.location.search = next.search;
        bar.location.hash = next.hash;
        bar.replaced.push(to);
      },
    },
    addEventListener: (_type: 'hashchange', listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: 'hashchange', listener: () => void) => void listeners.delete(listener),
    /** The person edits the hash in the address bar. */
    typeHash: (hash: string) => {
      bar.location.hash = hash;
      for (const listener of listeners) listener();
    },
  };
  return bar;
}

/** A small custom scenario, typed in by hand (two allocs, a free, slab online). */
export function customScenario(title = 'My own boot'): Scenario {
  const parsed = parseScenario({
    format: 'percpu-scenario',
    version: 1,
    title,
    config: { cpus: 2 },
    ops: [
      { op: 'alloc', size: 64, align: 8, label: 'first' },
      { op: 'alloc', size: 128, align: 64, label: 'second' },
      { op: 'free', alloc: 0 },
      { op: 'slab-online' },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}
