import type { Scenario } from '../../engine/types';
import { parseScenario } from '../../scenario/schema';
import type { Scheduler } from './autosaveSync';

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
