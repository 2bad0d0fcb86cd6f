import { useMemo } from 'react';
import { freeableAllocs, freeChoices, freesByAlloc, type FreeChoice } from '../../editing';
import { selectEngineState, selectScenario } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/** For each alloc op, the free that names it; recomputed only when the ops change. */
function useFreedBy(): ReadonlyMap<number, number> {
  const scenario = useExplorer(selectScenario);
  return useMemo(() => freesByAlloc(scenario.ops), [scenario.ops]);
}

/** The allocations live at the current step, as choices for a free (see freeChoices). */
export function useFreeChoices(): FreeChoice[] {
  const scenario = useExplorer(selectScenario);
  const state = useExplorer(selectEngineState);
  const freedBy = useFreedBy();
  return useMemo(() => (state ? freeChoices(scenario.ops, state.live, freedBy) : []), [scenario.ops, state, freedBy]);
}

/** Just the indices a new free may name at the current step (cheap: no option text). */
export function useFreeableAllocs(): number[] {
  const state = useExplorer(selectEngineState);
  const freedBy = useFreedBy();
  return useMemo(() => (state ? freeableAllocs(state.live, freedBy) : []), [state, freedBy]);
}
