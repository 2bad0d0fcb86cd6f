import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../explorerStore';
import { createPersistence } from './index';
import { memoryStorage } from './memoryStorage';
import { PRESENTATION_VIEWS_KEY } from './presentationViews';
import { safeStorage } from './storage';
import { fakeAddressBar } from './testSupport';

/** Issue 8 item 3: the presentation views are store state; only persistence touches storage. */
describe('presentation views kept in this browser', () => {
  const page = (local: ReturnType<typeof memoryStorage>) => {
    const store = createExplorerStore();
    createPersistence(
      store,
      safeStorage(() => local),
      fakeAddressBar('http://localhost/'),
    );
    return store;
  };

  it('opens the stored choice and stores each new one', () => {
    const local = memoryStorage();
    local.setItem(PRESENTATION_VIEWS_KEY, '["chunks","log"]');
    const store = page(local);
    expect(store.getState().presentationViews).toEqual(['chunks', 'log']);
    store.getState().setPresentationViews(['units']);
    expect(local.getItem(PRESENTATION_VIEWS_KEY)).toBe('["units"]');
    expect(page(local).getState().presentationViews).toEqual(['units']);
  });

  it('anything unreadable leaves the default (null), and a refused write still keeps the choice for the visit', () => {
    for (const text of ['not json', '{"a":1}', '"chunks"']) {
      const local = memoryStorage();
      local.setItem(PRESENTATION_VIEWS_KEY, text);
      expect(page(local).getState().presentationViews).toBeNull();
    }
    const full = memoryStorage({ full: true });
    const store = page(full);
    store.getState().setPresentationViews([]);
    expect(store.getState().presentationViews).toEqual([]);
    expect(full.getItem(PRESENTATION_VIEWS_KEY)).toBeNull();
  });
});
