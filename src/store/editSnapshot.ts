import type { HistoryLimits } from '../editing';
import type { Scenario } from '../engine/types';
import type { ExplorerState } from './types';

/** Everything one undo step restores. */
export interface EditSnapshot {
  scenario: Scenario;
  skipped: ReadonlySet<number>;
  presetId: string | null;
  step: number;
}

/** 200 entries, and at most two million op references held across all of them (see src/editing/history.ts). */
export const HISTORY_LIMITS: HistoryLimits<EditSnapshot> = {
  maxEntries: 200,
  maxWeight: 2_000_000,
  weight: (s) => s.scenario.ops.length + s.skipped.size,
};

export const snapshotOf = (s: Pick<ExplorerState, 'scenario' | 'skipped' | 'presetId' | 'step'>): EditSnapshot => ({
  scenario: s.scenario,
  skipped: s.skipped,
  presetId: s.presetId,
  step: s.step,
});
