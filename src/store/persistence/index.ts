import type { StoreApi } from 'zustand/vanilla';
import { parseViewParams } from '../../share';
import type { ExplorerState } from '../types';
import { AUTOSAVE_KEY, KEPT_KEY, readAutosave, type AutosaveRecord } from './autosave';
import { startAutosave } from './autosaveSync';
import { bootExplorer, type BootResult } from './boot';
import { newSession, openAutosaveRecord, openDefaultScenario } from './session';
import type { SafeStorage } from './storage';
import { startUrlSync, type AddressBar } from './urlSync';

export type { AutosaveRecord } from './autosave';
export type { BootResult, LinkFailure } from './boot';
export { browserStorage, type SafeStorage } from './storage';
export { shareUrlOf, type AddressBar } from './urlSync';

export type Persistence = ReturnType<typeof createPersistence>;

/**
 * The page's memory: what it opens first (boot), the address bar and autosave kept up to date
 * (start, once the app is showing), and the ways back from a link that cannot be opened.
 */
export function createPersistence(store: StoreApi<ExplorerState>, storage: SafeStorage, bar: AddressBar) {
  const session = newSession();
  let syncs: { flush: () => void; stop: () => void }[] | null = null;

  const lastAutosave = (): AutosaveRecord | null => {
    for (const key of [AUTOSAVE_KEY, KEPT_KEY]) {
      const read = readAutosave(storage, key);
      if (read.kind === 'saved') return read.record;
    }
    return null;
  };

  const start = () => {
    if (syncs) return;
    const { compare } = parseViewParams(bar.location.search).params;
    syncs = [startAutosave(store, storage, session), startUrlSync(store, bar, compare)];
  };

  return {
    boot: (): BootResult =>
      bootExplorer(store, { hash: bar.location.hash, search: bar.location.search }, storage, session),
    start,
    lastAutosave,
    openDefault: () => {
      openDefaultScenario(store, session);
      start();
    },
    /** Opens the last autosave; false (and nothing changes) when there is none any more. */
    openAutosave: (): boolean => {
      const record = lastAutosave();
      if (!record) return false;
      openAutosaveRecord(store, record, session);
      start();
      return true;
    },
    flush: () => syncs?.forEach((s) => s.flush()),
    stop: () => {
      syncs?.forEach((s) => s.stop());
      syncs = null;
    },
  };
}
