import type { DmesgKind } from './dmesg';
import type { EventSink } from './events';

/** What one step accumulates besides state changes: its kernel log lines and its events. */
export interface StepContext {
  dmesg: string[];
  /** The kind of each line, in step with `dmesg`; only a caller that keeps kinds passes an array. */
  kinds?: DmesgKind[] | null;
  events: EventSink;
}
