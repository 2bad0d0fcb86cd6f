import type { StepOutcome } from '../../engine/types';
import type { ExplorerState } from '../../store/types';

/** Module-scope selectors of the map views (stable identities; each returns stored values only). */
export const selectOps = (s: ExplorerState) => s.scenario.ops;
export const selectSelect = (s: ExplorerState) => s.select;

/** Where the current step's allocation landed, if the step was a successful alloc. */
export function latestAlloc(outcome: StepOutcome | null): { chunk: number; offset: number } | null {
  if (!outcome || outcome.op !== 'alloc' || !outcome.ok || outcome.chunk === null || outcome.offset === null)
    return null;
  return { chunk: outcome.chunk, offset: outcome.offset };
}
