import { create } from 'zustand';
import type { EarlyOutcome, SweepMetric } from '../../analysis';
import type { Op, Scenario } from '../../engine/types';
import { browserWorker } from './browserWorker';
import { DEFAULT_DRAFT, type RangeFieldId, type SweepDraft } from './sweepForm';
import { startSweep, workerCount } from './sweepRunner';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** One sweep: the scenario it ran on (clicking a cell opens that scenario), its axes and its rows. */
export interface SweepRun {
  scenario: Scenario;
  slots: number[];
  sizes: number[];
  /** Rows of outcomes in `slots` order; null until that row's worker reports it. */
  rows: (EarlyOutcome[] | null)[];
  rowsDone: number;
  workers: number;
  /** Wall-clock milliseconds from Run to the last row, once done. */
  elapsedMs: number | null;
  /** 1 for the first sweep of the page, then counting up (lets a benchmark tell runs apart). */
  id: number;
}

interface SweepState {
  draft: SweepDraft;
  metric: SweepMetric;
  status: SweepStatus;
  run: SweepRun | null;
  error: string | null;
  setDraftField: (id: RangeFieldId, value: string) => void;
  setMetric: (metric: SweepMetric) => void;
  /** Sweeps `ops` (the ops the current timeline runs, skips included) under the scenario's config. */
  start: (scenario: Scenario, ops: readonly Op[], slots: number[], sizes: number[]) => void;
  cancel: () => void;
}

/** Kept outside React so a sweep survives switching modes, and its results are there on return. */
export const useSweep = create<SweepState>()((set, get) => {
  let handle: { cancel(): void } | null = null;
  let pending: { row: number; cells: EarlyOutcome[] }[] = [];
  let flushScheduled = false;
  let runs = 0;

  // Rows arrive in bursts; merge them into one state update per frame so the heatmap redraws at most once a frame.
  const flush = () => {
    flushScheduled = false;
    const run = get().run;
    if (!run || pending.length === 0) return;
    const rows = run.rows.slice();
    for (const { row, cells } of pending) rows[row] = cells;
    const rowsDone = run.rowsDone + pending.length;
    pending = [];
    set({ run: { ...run, rows, rowsDone } });
  };
  const scheduleFlush = () => {
    if (flushScheduled) return;
    flushScheduled = true;
    requestAnimationFrame(flush);
  };

  return {
    draft: DEFAULT_DRAFT,
    metric: 'earlySucceeded',
    status: 'idle',
    run: null,
    error: null,
    setDraftField: (id, value) => set((s) => ({ draft: { ...s.draft, [id]: value } })),
    setMetric: (metric) => set({ metric }),
    start: (scenario, ops, slots, sizes) => {
      handle?.cancel();
      pending = [];
      const workers = workerCount(slots.length, navigator.hardwareConcurrency);
      const startedAt = performance.now();
      set({
        status: 'running',
        error: null,
        run: { scenario, slots, sizes, rows: slots.map(() => null), rowsDone: 0, workers, elapsedMs: null, id: ++runs },
      });
      const started = startSweep({ ops: [...ops], baseConfig: scenario.config, slots, sizes }, workers, browserWorker, {
        row: (row, cells) => {
          pending.push({ row, cells });
          scheduleFlush();
        },
        done: () => {
          handle = null;
          flush();
          const run = get().run!;
          set({ status: 'done', run: { ...run, elapsedMs: Math.round(performance.now() - startedAt) } });
        },
        error: (message) => {
          handle = null;
          flush();
          set({ status: 'error', error: message });
        },
      });
      // A worker that cannot even be created fails the sweep before startSweep returns.
      handle = get().status === 'running' ? started : null;
    },
    cancel: () => {
      if (!handle) return;
      handle.cancel();
      handle = null;
      flush();
      set({ status: 'cancelled' });
    },
  };
});
