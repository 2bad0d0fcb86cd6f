import { useMemo } from 'react';
import type { Lecture } from '../../scenario/lectureSchema';
import { effectiveLecture } from '../../scenario/lectures/effective';
import { useExplorer } from '../storeContext';

/** The lecture of what is on screen: the scenario's own, or its unedited preset's built-in one. */
export function useLecture(): Lecture | undefined {
  const scenario = useExplorer((s) => s.scenario);
  const presetId = useExplorer((s) => s.presetId);
  return useMemo(() => effectiveLecture(scenario, presetId), [scenario, presetId]);
}
