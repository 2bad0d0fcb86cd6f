import { useMemo } from 'react';
import { leakLedger, type LeakLedger } from '../../model/leakLedger';
import { selectTimeline } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/** The run's leaked maps, computed once per timeline (one replay with events). */
export function useLeakLedger(): LeakLedger {
  const timeline = useExplorer(selectTimeline);
  return useMemo(() => leakLedger(timeline.config, timeline.ops, timeline.length), [timeline]);
}

export function bytesText(bytes: number): string {
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes} B (${bytes / 1024} KiB)`;
  return `${bytes} B`;
}
