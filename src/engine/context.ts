import type { EventSink } from './events';

/** What one step accumulates besides state changes: its kernel log lines and its events. */
export interface StepContext {
  dmesg: string[];
  events: EventSink;
}
