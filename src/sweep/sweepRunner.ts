import type { EarlyOutcome } from '../analysis';
import type { SweepReply, SweepRequest } from './sweepProtocol';

/** At most this many workers, whatever the machine reports. */
export const MAX_WORKERS = 4;

/** The part of a Web Worker the runner uses, so tests can pass a stand-in. */
export interface SweepWorker {
  start(request: SweepRequest, listener: { reply(message: SweepReply): void; fail(message: string): void }): void;
  terminate(): void;
}

export interface SweepJob {
  ops: SweepRequest['ops'];
  baseConfig: SweepRequest['baseConfig'];
  slots: number[];
  sizes: number[];
}

export interface SweepHandlers {
  row(row: number, cells: EarlyOutcome[]): void;
  done(): void;
  error(message: string): void;
}

export function workerCount(rows: number, hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(MAX_WORKERS, hardwareConcurrency || 2, rows));
}

/**
 * Rows dealt out in turn, so every worker gets a similar mix, from the last row: the heatmap
 * draws the largest earlySlots at the top, so a running sweep fills in from the top row down
 * (the top is what is on screen) rather than from the bottom, below the fold.
 */
export function splitRows(rows: number, workers: number): number[][] {
  const out: number[][] = Array.from({ length: workers }, () => []);
  for (let i = 0; i < rows; i++) out[i % workers]!.push(rows - 1 - i);
  return out.filter((share) => share.length > 0);
}

/**
 * Runs the grid on `workers` workers and reports rows as they arrive. Every worker is terminated
 * when the sweep ends, fails, or is cancelled; nothing is reported after that.
 */
export function startSweep(
  job: SweepJob,
  workers: number,
  createWorker: () => SweepWorker,
  handlers: SweepHandlers,
): { cancel(): void } {
  const shares = splitRows(job.slots.length, workers);
  const started: SweepWorker[] = [];
  let finished = false;
  let running = shares.length;
  const stop = () => {
    finished = true;
    for (const w of started) w.terminate();
  };
  const fail = (message: string) => {
    if (finished) return;
    stop();
    handlers.error(message);
  };

  for (const rows of shares) {
    const expected = new Set(rows);
    let worker: SweepWorker;
    try {
      worker = createWorker();
    } catch (err) {
      fail(`could not start a sweep worker: ${err instanceof Error ? err.message : String(err)}`);
      break;
    }
    started.push(worker);
    const request: SweepRequest = {
      ops: job.ops,
      baseConfig: job.baseConfig,
      slots: job.slots,
      sizes: job.sizes,
      rows,
    };
    try {
      worker.start(request, {
        reply: (message) => {
          if (finished) return;
          if (message.type === 'error') return fail(`a sweep worker failed: ${message.message}`);
          if (message.type === 'done') {
            if (expected.size > 0) return fail('a sweep worker stopped before finishing its rows');
            if (--running === 0) {
              stop();
              handlers.done();
            }
            return;
          }
          if (!expected.delete(message.row) || message.cells.length !== job.sizes.length) {
            return fail(`a sweep worker sent a result for row ${message.row} that does not fit the grid`);
          }
          handlers.row(message.row, message.cells);
        },
        fail: (message) => fail(`a sweep worker failed: ${message}`),
      });
    } catch (err) {
      fail(`could not send the sweep to a worker: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (finished) break;
  }
  if (shares.length === 0 && !finished) {
    finished = true;
    handlers.done();
  }
  return { cancel: () => stop() };
}
