import type { StoreApi } from 'zustand/vanilla';
import { isolateText } from '../../share/isolateText';
import type { ExplorerState } from '../types';
import { AUTOSAVE_KEY, KEPT_KEY, readAutosave, writeAutosave } from './autosave';
import { KEPT_NOTICE, STORAGE_NOTICE } from './boot';
import { sameScenario } from './sameScenario';
import { isEdited, openAutosaveRecord, type PersistSession } from './session';
import type { SafeStorage } from './storage';

/** Tells the page when another tab of it writes storage (the `storage` event, which a tab never gets for its own writes). */
export type OtherTabWrites = (onWrite: (key: string | null) => void) => () => void;

export const NO_OTHER_TABS: OtherTabWrites = () => () => undefined;

export function browserOtherTabWrites(): OtherTabWrites {
  return (onWrite) => {
    const listener = (e: StorageEvent) => onWrite(e.key);
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  };
}

/**
 * Two tabs share one autosave. Before this tab writes over an autosave another tab saved, that
 * work is set aside as the kept copy and offered back, so the last writer never wins silently.
 * Returns false when it could not be set aside: then this tab must not write either.
 */
export function keepOtherTabsSave(
  store: StoreApi<ExplorerState>,
  storage: SafeStorage,
  session: PersistSession,
): boolean {
  const theirs = readAutosave(storage, AUTOSAVE_KEY);
  if (theirs.kind !== 'saved' || !theirs.record.edited) return true;
  const s = store.getState();
  if (sameScenario(theirs.record.scenario, s.scenario)) return true;
  const problem = writeAutosave(storage, KEPT_KEY, theirs.record);
  if (problem !== null) {
    s.showNotice({
      id: STORAGE_NOTICE,
      tone: 'warning',
      text: `Another tab saved its scenario, which could not be set aside (${problem}); this tab does not autosave over it. Export a file to keep this one.`,
    });
    return false;
  }
  const title = theirs.record.scenario.title;
  s.showNotice({
    id: KEPT_NOTICE,
    tone: 'info',
    text: `Another tab saved ${title ? `“${isolateText(title)}”` : 'a scenario'}; it is kept — this tab’s work did not replace it.`,
    action: { label: 'Open it here', run: () => swapWithKept(store, storage, session) },
  });
  return true;
}

/** Opens the kept copy and keeps what was on screen in its place, so neither is lost. */
function swapWithKept(store: StoreApi<ExplorerState>, storage: SafeStorage, session: PersistSession) {
  const kept = readAutosave(storage, KEPT_KEY);
  const s = store.getState();
  s.dismissNotice(KEPT_NOTICE);
  if (kept.kind !== 'saved') {
    s.showNotice({
      id: KEPT_NOTICE,
      tone: 'error',
      text: 'The kept scenario is gone (another tab may have opened it).',
    });
    return;
  }
  const current = { scenario: s.scenario, presetId: s.presetId, step: s.step, edited: isEdited(s, session) };
  if (current.edited && writeAutosave(storage, KEPT_KEY, current) !== null) {
    s.showNotice({
      id: KEPT_NOTICE,
      tone: 'error',
      text: 'This tab’s scenario could not be set aside, so the kept one was not opened.',
    });
    return;
  }
  if (!current.edited) storage.remove(KEPT_KEY);
  openAutosaveRecord(store, kept.record, session);
}
