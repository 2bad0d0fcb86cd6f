import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../engine/types';
import { DEFAULT_PRESET, presetById } from '../../scenario/presets';
import type { ExplorerState } from '../types';
import type { AutosaveRecord } from './autosave';

/** What the persistence code remembers about this page's visit. */
export interface PersistSession {
  /**
   * The scenario as a preset, link, file or unedited autosave gave it. While the store still holds
   * this object the autosave is marked unedited.
   */
  pristine: Scenario | null;
  /** Why autosave must not write this visit (it would destroy an autosave it could not set aside). */
  autosavePaused: string | null;
  /** Another tab wrote the autosave since this tab last did (otherTabs.ts). */
  otherTabSaved: boolean;
}

export const newSession = (): PersistSession => ({ pristine: null, autosavePaused: null, otherTabSaved: false });

/** True when what is on screen is someone's work rather than a copy of something that still exists. */
export function isEdited(s: ExplorerState, session: PersistSession): boolean {
  if (s.scenario === session.pristine) return false;
  return !(s.presetId !== null && presetById(s.presetId)?.scenario === s.scenario);
}

/** Loads a scenario that did not come from an edit: no undo step back to what was there before. */
function openFresh(store: StoreApi<ExplorerState>, scenario: Scenario, presetId: string | null, step: number) {
  const s = store.getState();
  s.setPlaying(false);
  s.loadScenario(scenario, { history: 'reset', presetId, step });
  s.select(null);
}

export function openDefaultScenario(store: StoreApi<ExplorerState>, session: PersistSession): void {
  openFresh(store, DEFAULT_PRESET.scenario, DEFAULT_PRESET.id, 0);
  session.pristine = DEFAULT_PRESET.scenario;
}

export function openAutosaveRecord(store: StoreApi<ExplorerState>, record: AutosaveRecord, session: PersistSession) {
  openFresh(store, record.scenario, record.presetId, record.step);
  session.pristine = record.edited ? null : store.getState().scenario;
}
