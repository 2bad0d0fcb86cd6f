import type { DmesgKind } from './dmesg';
import type { MapStorage } from './constants';
import type { EventSink } from './events';

/** What one step accumulates besides state changes: its kernel log lines and its events. */
export interface StepContext {
  dmesg: string[];
  /** The kind of each line, in step with `dmesg`; only a caller that keeps kinds passes an array. */
  kinds?: DmesgKind[] | null;
  events: EventSink;
  /** Old maps this step leaked (allocator.md §6.4 step 5); only a caller that keeps them passes an array. */
  leaks?: LeakedMap[] | null;
}

/** An old map that pcpu_extend_area_map lost: the chunk, how many entries it had, where it lived. */
export interface LeakedMap {
  chunk: number;
  entries: number;
  storage: MapStorage;
}
