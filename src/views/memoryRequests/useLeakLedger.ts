import { LazyLeakLedger, type LeaksSoFar } from '../../model/leakLedger';
import type { Timeline } from '../../engine/timeline';
import { selectStep, selectTimeline } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/**
 * One ledger per timeline, shared by every view that shows leaks (the map array and the memory
 * requests), replayed only as far as the steps shown so far: opening a long scenario costs
 * nothing here, and each step forward replays one op.
 */
const ledgers = new WeakMap<Timeline, LazyLeakLedger>();

function ledgerOf(timeline: Timeline): LazyLeakLedger {
  let ledger = ledgers.get(timeline);
  if (!ledger) {
    ledger = new LazyLeakLedger(timeline.config, timeline.ops, timeline.length);
    ledgers.set(timeline, ledger);
  }
  return ledger;
}

/** The run's leaked maps up to the current step. */
export function useLeaksSoFar(): LeaksSoFar {
  const timeline = useExplorer(selectTimeline);
  const step = useExplorer(selectStep);
  return ledgerOf(timeline).at(step);
}

export function bytesText(bytes: number): string {
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes} B (${bytes / 1024} KiB)`;
  return `${bytes} B`;
}
