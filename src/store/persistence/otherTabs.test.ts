import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../explorerStore';
import { AUTOSAVE_KEY, KEPT_KEY, parseAutosave } from './autosave';
import { KEPT_NOTICE } from './boot';
import { createPersistence } from './index';
import { memoryStorage } from './memoryStorage';
import type { OtherTabWrites } from './otherTabs';
import { safeStorage } from './storage';
import { customScenario, fakeAddressBar } from './testSupport';

/** Issue 9 item 4: two tabs, one autosave. The last writer must not win silently. */
describe('two tabs', () => {
  const local = memoryStorage();
  const storage = safeStorage(() => local);
  const tabs: ((key: string | null) => void)[] = [];

  /** A tab, whose storage events are the other tabs' writes (as browsers deliver them). */
  async function openTab() {
    let listener: (key: string | null) => void = () => undefined;
    const otherTabs: OtherTabWrites = (onWrite) => {
      listener = onWrite;
      return () => undefined;
    };
    const store = createExplorerStore();
    const persistence = createPersistence(store, storage, fakeAddressBar('http://localhost/'), { otherTabs });
    await persistence.boot();
    persistence.start();
    tabs.push((key) => listener(key));
    const me = tabs.length - 1;
    const save = () => {
      persistence.flush();
      tabs.forEach((deliver, i) => i !== me && deliver(AUTOSAVE_KEY));
    };
    return { store, persistence, save };
  }
  const title = (text: string | null) => (text === null ? null : parseAutosave(text));

  it('keeps the other tab’s save aside with a notice, and can swap it back in', async () => {
    const a = await openTab();
    const b = await openTab();
    a.save();
    b.save();
    b.store.getState().loadScenario(customScenario('Edit B'), { history: 'reset', presetId: null, step: 0 });
    b.save();
    a.store.getState().loadScenario(customScenario('Edit A'), { history: 'reset', presetId: null, step: 1 });
    a.save();

    expect(title(local.getItem(AUTOSAVE_KEY))).toMatchObject({ record: { scenario: { title: 'Edit A' } } });
    expect(title(local.getItem(KEPT_KEY))).toMatchObject({ record: { scenario: { title: 'Edit B' } } });
    const notice = a.store.getState().notices.find((n) => n.id === KEPT_NOTICE)!;
    expect(notice.text).toBe('Another tab saved “Edit B”; it is kept — this tab’s work did not replace it.');

    // A fresh tab opens the last save; the other is still there to open.
    expect((await openTab()).store.getState().scenario.title).toBe('Edit A');
    notice.action!.run();
    expect(a.store.getState().scenario.title).toBe('Edit B');
    expect(title(local.getItem(KEPT_KEY))).toMatchObject({ record: { scenario: { title: 'Edit A' } } });
  });
});
