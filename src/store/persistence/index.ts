import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState } from '../types';
import { AUTOSAVE_KEY, KEPT_KEY, readAutosave, type AutosaveRecord } from './autosave';
import { startAutosave } from './autosaveSync';
import { bootExplorer, keepReplacedAutosave, type BootResult } from './boot';
import { newSession, openAutosaveRecord, openDefaultScenario } from './session';
import { memoryStorage } from './memoryStorage';
import { safeStorage, type SafeStorage } from './storage';
import { freshHash, notingAddressWrites } from './tabAddress';
import { NO_OTHER_TABS, type OtherTabWrites } from './otherTabs';
import { NO_EXTRA_PARAMS, shareUrlOf, startUrlSync, type AddressBar, type ExtraParams } from './urlSync';

export type { AutosaveRecord } from './autosave';
export type { BootResult, LinkFailure } from './boot';
export { browserStorage, browserTabStorage, type SafeStorage } from './storage';
export { browserOtherTabWrites } from './otherTabs';
export { shareUrlOf, type AddressBar, type ExtraParams } from './urlSync';

export type Persistence = ReturnType<typeof createPersistence>;

function inMemory(): SafeStorage {
  const memory = memoryStorage();
  return safeStorage(() => memory);
}

/**
 * The page's memory: what it opens first (boot), the address bar and autosave kept up to date
 * (start, once the app is showing), and the ways back from a link that cannot be opened.
 */
export function createPersistence(
  store: StoreApi<ExplorerState>,
  storage: SafeStorage,
  pageBar: AddressBar,
  extra: ExtraParams = NO_EXTRA_PARAMS,
  /** sessionStorage in the browser: lets a reload right after an edit reopen the edit (tabAddress.ts). */
  tab: SafeStorage = inMemory(),
  otherTabs: OtherTabWrites = NO_OTHER_TABS,
) {
  const session = newSession();
  otherTabs((key) => {
    // key null: another tab cleared storage; its autosave may be gone, which is checked at the next save.
    if (key === AUTOSAVE_KEY || key === null) session.otherTabSaved = true;
  });
  const bar = notingAddressWrites(pageBar, tab);
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
    syncs = [startAutosave(store, storage, session), startUrlSync(store, bar, extra)];
  };

  return {
    boot: (): BootResult =>
      bootExplorer(store, { hash: freshHash(bar.location.hash, tab), search: bar.location.search }, storage, session),
    start,
    lastAutosave,
    /** The link to `s` (what is on screen now; the address bar follows a moment later). */
    shareUrl: (s: ExplorerState): string => shareUrlOf(s, bar.location, extra),
    /** Opens the default preset; the autosave it replaces is set aside and offered back, as a link does. */
    openDefault: () => {
      const saved = readAutosave(storage, AUTOSAVE_KEY);
      openDefaultScenario(store, session);
      if (saved.kind === 'saved') {
        keepReplacedAutosave(store, storage, saved.record, session, 'the default scenario did not replace it');
      }
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
    /** The address's length in characters (the link error page reports it). */
    addressLength: (): number => {
      const { origin, pathname, search, hash } = pageBar.location;
      return origin.length + pathname.length + search.length + hash.length;
    },
    /**
     * While the link error page shows: a link pasted into this tab's address bar changes only
     * the hash, so the page reloads to open it. Returns the unwatch.
     */
    reloadOnNewLink: (): (() => void) => {
      const reload = () => pageBar.location.reload();
      pageBar.addEventListener('hashchange', reload);
      return () => pageBar.removeEventListener('hashchange', reload);
    },
    flush: () => syncs?.forEach((s) => s.flush()),
    stop: () => {
      syncs?.forEach((s) => s.stop());
      syncs = null;
    },
  };
}
