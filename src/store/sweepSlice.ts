import type { StateCreator } from 'zustand';
import type { EarlyOutcome, SweepMetric } from '../analysis';
import type { Op, Scenario } from '../engine/types';
import { DEFAULT_DRAFT, startSweep, workerCount, type RangeFieldId, type SweepDraft } from '../sweep';
import type { StoreEnvironment } from './environment';
import type { ExplorerState } from './types';

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

export interface SweepState {
  draft: SweepDraft;
  metric: SweepMetric;
  status: SweepStatus;
  run: SweepRun | null;
  error: string | null;
}

/** The what-if sweep: it survives switching modes, and its results are there on return. */
export interface SweepSlice {
  sweep: SweepState;
  setSweepDraftField: (id: RangeFieldId, value: string) => void;
  setSweepMetric: (metric: SweepMetric) => void;
  /** Sweeps `ops` (the ops the current timeline runs, skips included) under the scenario's config. */
  startSweep: (scenario: Scenario, ops: readonly Op[], slots: number[], sizes: number[]) => void;
  cancelSweep: () => void;
}

/**
 * The shortest time between two redraws of a running sweep's results. A redraw of a 64 × 64 grid
 * whose colour range moved repaints every cell; a few a second keep the page answering clicks.
 */
export const FLUSH_INTERVAL_MS = 120;

export function sweepSliceWith(
  env: StoreEnvironment,
): StateCreator<ExplorerState, [], [], SweepSlice> {
  return (set, get) => {
    let handle: { cancel(): void } | null = null;
    let pending: { row: number; cells: EarlyOutcome[] }[] = [];
    let flushScheduled = false;
    let lastFlush = -Infinity;
    let runs = 0;
    const update = (change: Partial<SweepState>) => set({ sweep: { ...get().sweep, ...change } });

    // Rows arrive in bursts; merge them into one state update per frame, and at most one per
    // FLUSH_INTERVAL_MS, so the heatmap redraws a few times a second rather than on every frame.
    const flush = () => {
      flushScheduled = false;
      const run = get().sweep.run;
      if (!run || pending.length === 0) return;
      lastFlush = env.now();
      const rows = run.rows.slice();
      for (const { row, cells } of pending) rows[row] = cells;
      const rowsDone = run.rowsDone + pending.length;
      pending = [];
      update({ run: { ...run, rows, rowsDone } });
    };
    const scheduleFlush = () => {
      if (flushScheduled) return;
      flushScheduled = true;
      const wait = lastFlush + FLUSH_INTERVAL_MS - env.now();
      if (wait > 0) env.clock.after(wait, () => env.clock.frame(flush));
      else env.clock.frame(flush);
    };

    return {
      sweep: { draft: DEFAULT_DRAFT, metric: 'earlySucceeded', status: 'idle', run: null, error: null },
      setSweepDraftField: (id, value) => update({ draft: { ...get().sweep.draft, [id]: value } }),
      setSweepMetric: (metric) => update({ metric }),
      startSweep: (scenario, ops, slots, sizes) => {
        handle?.cancel();
        pending = [];
        const workers = workerCount(slots.length, env.cores);
        const startedAt = env.now();
        update({
          status: 'running',
          error: null,
          run: { scenario, slots, sizes, rows: slots.map(() => null), rowsDone: 0, workers, elapsedMs: null, id: ++runs },
        });
        const started = startSweep(
          { ops: [...ops], baseConfig: scenario.config, slots, sizes },
          workers,
          env.createSweepWorker,
          {
            row: (row, cells) => {
              pending.push({ row, cells });
              scheduleFlush();
            },
            done: () => {
              handle = null;
              flush();
              const run = get().sweep.run!;
              update({ status: 'done', run: { ...run, elapsedMs: Math.round(env.now() - startedAt) } });
            },
            error: (message) => {
              handle = null;
              flush();
              update({ status: 'error', error: message });
            },
          },
        );
        // A worker that cannot even be created fails the sweep before startSweep returns.
        handle = get().sweep.status === 'running' ? started : null;
      },
      cancelSweep: () => {
        if (!handle) return;
        handle.cancel();
        handle = null;
        flush();
        update({ status: 'cancelled' });
      },
    };
  };
}

export const selectSweep = (s: ExplorerState) => s.sweep;
