import type { StoreApi } from 'zustand/vanilla';
import { createLinkEncoder } from '../../share/linkEncoder';
import type { ExplorerState } from '../types';
import { AUTOSAVE_KEY, KEPT_KEY, readAutosave, type AutosaveRecord } from './autosave';
import { startAutosave, type Scheduler } from './autosaveSync';
import type { BigStore } from './bigStore';
import { bootExplorer, keepReplacedAutosave, STORAGE_NOTICE, type BootResult } from './boot';
import type { IdleScheduler } from './idle';
import { newSession, openAutosaveRecord, openDefaultScenario } from './session';
import { memoryStorage } from './memoryStorage';
import { safeStorage, type SafeStorage } from './storage';
import { freshHash, notingAddressWrites } from './tabAddress';
import { tieredStorage } from './tieredStorage';
import { NO_OTHER_TABS, type OtherTabWrites } from './otherTabs';
import { keepPresentationViews } from './presentationViews';
import { shareUrlOf, startUrlSync, type AddressBar } from './urlSync';

export type { AutosaveRecord } from './autosave';
export type { BootResult, LinkFailure } from './boot';
export { browserStorage, browserTabStorage, type SafeStorage } from './storage';
export { browserBigStore, type BigStore } from './bigStore';
export { browserOtherTabWrites } from './otherTabs';
export { installTestFlush } from './testFlush';
export { shareUrlOf, type AddressBar } from './urlSync';

export type Persistence = ReturnType<typeof createPersistence>;

function inMemory(): SafeStorage {
  const memory = memoryStorage();
  return safeStorage(() => memory);
}

export interface PersistenceOptions {
  /** sessionStorage in the browser: lets a reload right after an edit reopen the edit (tabAddress.ts). */
  tab?: SafeStorage;
  otherTabs?: OtherTabWrites;
  /** IndexedDB in the browser: where scenarios too big for localStorage are autosaved. */
  big?: BigStore | null;
  idle?: IdleScheduler;
  scheduler?: Scheduler;
}

/**
 * The page's memory: what it opens first (boot), the address bar and autosave kept up to date
 * (start, once the app is showing), and the ways back from a link that cannot be opened.
 */
export function createPersistence(
  store: StoreApi<ExplorerState>,
  smallStorage: SafeStorage,
  pageBar: AddressBar,
  options: PersistenceOptions = {},
) {
  const { tab = inMemory(), otherTabs = NO_OTHER_TABS, big = null, idle, scheduler } = options;
  const storage = tieredStorage(smallStorage, big);
  const session = newSession();
  const encoder = createLinkEncoder();
  otherTabs((key) => {
    // key null: another tab cleared storage; its autosave may be gone, which is checked at the next save.
    if (key === KEPT_KEY) void storage.refresh(KEPT_KEY);
    if (key === AUTOSAVE_KEY || key === null) {
      session.otherTabSaved = true;
      // Their save may be a pointer to a big one: read it in before this tab's next save looks.
      void storage.refresh(AUTOSAVE_KEY);
    }
  });
  storage.onLateFailure((_key, problem) =>
    store.getState().showNotice({
      id: STORAGE_NOTICE,
      tone: 'warning',
      text: `Autosave failed: ${problem}. Export a file to keep your scenario.`,
      offer: 'export-scenario',
    }),
  );
  const bar = notingAddressWrites(pageBar, tab);
  store.getState().setShareLinkSource(() => shareUrlOf(store.getState(), bar.location, encoder));
  keepPresentationViews(store, smallStorage);
  let syncs: { flush: () => void; stop: () => void }[] | null = null;

  const lastAutosave = (): AutosaveRecord | null => {
    for (const key of [AUTOSAVE_KEY, KEPT_KEY]) {
      const read = readAutosave(storage, key);
      if (read.kind === 'saved') return read.record;
    }
    return null;
  };

  /** On the link error page: a link pasted into this tab's address bar changes only the hash; load the page again to open it. */
  const reloadOnNewLink = () => bar.location.reload();
  const start = () => {
    if (syncs) return;
    pageBar.removeEventListener('hashchange', reloadOnNewLink);
    syncs = [
      startAutosave(store, storage, session, scheduler),
      startUrlSync(store, bar, { encoder, ...(scheduler && { scheduler }), ...(idle && { idle }) }),
    ];
  };

  return {
    /** Reads the autosave (large ones from IndexedDB), then opens what the page shows first. */
    boot: async (): Promise<BootResult> => {
      await storage.load([AUTOSAVE_KEY, KEPT_KEY]);
      const result = bootExplorer(
        store,
        { hash: freshHash(bar.location.hash, tab), search: bar.location.search },
        storage,
        session,
      );
      if (result.kind === 'link-error') pageBar.addEventListener('hashchange', reloadOnNewLink);
      return result;
    },
    /** Characters in the page's address, as the link error page reports them. */
    addressLength: (): number => {
      const { origin, pathname, search, hash } = bar.location;
      return origin.length + pathname.length + search.length + hash.length;
    },
    start,
    lastAutosave,
    /** The link to `s` (what is on screen now; the address bar follows a moment later). */
    shareUrl: (s: ExplorerState): string => shareUrlOf(s, bar.location, encoder).url,
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
    /** Writes pending changes to the address bar and storage now (the page is going). */
    flush: () => syncs?.forEach((s) => s.flush()),
    /** Resolves when what was written has reached storage (IndexedDB writes take a moment). */
    settled: () => storage.settled(),
    stop: () => {
      syncs?.forEach((s) => s.stop());
      syncs = null;
    },
  };
}
