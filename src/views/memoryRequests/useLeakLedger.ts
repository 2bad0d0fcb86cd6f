import { leaksSoFar, type LeaksSoFar } from '../../model/leakLedger';
import { selectStep, selectTimeline } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/** The run's leaked maps up to the current step (the timeline recorded them as it ran). */
export function useLeaksSoFar(): LeaksSoFar {
  const timeline = useExplorer(selectTimeline);
  const step = useExplorer(selectStep);
  return leaksSoFar(timeline, step);
}

export function bytesText(bytes: number): string {
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes} B (${bytes / 1024} KiB)`;
  return `${bytes} B`;
}
