import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../share';
import { createExplorerStore } from '../explorerStore';
import { KEPT_NOTICE } from './boot';
import { createPersistence } from './index';
import { memoryStorage } from './memoryStorage';
import { safeStorage } from './storage';
import { customScenario, fakeAddressBar } from './testSupport';

/** Issue 9 item 5: a reload right after an edit (before the address caught up) reopens the edit. */
describe('a reload within the address bar delay', () => {
  const local = memoryStorage();
  const session = memoryStorage();
  const storage = safeStorage(() => local);
  const tab = safeStorage(() => session);

  async function page(url: string, tabStorage = tab) {
    const bar = fakeAddressBar(url);
    const store = createExplorerStore();
    const persistence = createPersistence(store, storage, bar, { tab: tabStorage });
    expect(await persistence.boot()).toEqual({ kind: 'app' });
    persistence.start();
    persistence.flush();
    return { bar, store, persistence };
  }

  it('opens what the tab last showed, not its own stale hash, and calls nothing a link', async () => {
    const first = customScenario('Before the edit');
    const stale = `http://localhost/${encodeLink(first, { step: 0, selection: null })}`;
    const tab1 = await page(stale);
    expect(tab1.store.getState().scenario.title).toBe('Before the edit');
    // The edit, then the page goes (pagehide flushes the autosave and the address).
    tab1.store.getState().loadScenario(customScenario('After the edit'), { history: 'reset', presetId: null, step: 1 });
    tab1.persistence.flush();
    tab1.persistence.stop();

    // The reload was already on its way to the old address.
    const reloaded = await page(stale);
    expect(reloaded.store.getState().scenario.title).toBe('After the edit');
    expect(reloaded.store.getState().notices.find((n) => n.id === KEPT_NOTICE)).toBeUndefined();
  });

  it('a link opened in another tab (no memory of this address) opens as it is', async () => {
    const other = safeStorage(() => memoryStorage());
    const link = `http://localhost/${encodeLink(customScenario('Before the edit'), { step: 0, selection: null })}`;
    expect((await page(link, other)).store.getState().scenario.title).toBe('Before the edit');
  });
});
