import type { EarlyOutcome } from '../analysis';
import type { Config, Op } from '../engine/types';

/** What the page asks one worker: its share of the rows (indices into `slots`). Plain data only. */
export interface SweepRequest {
  ops: Op[];
  baseConfig: Config;
  slots: number[];
  sizes: number[];
  rows: number[];
}

/** What a worker answers: one message per finished row, then `done`; or one `error`. */
export type SweepReply =
  { type: 'row'; row: number; cells: EarlyOutcome[] } | { type: 'done' } | { type: 'error'; message: string };
