import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../scenario/presets';
import { encodeLink } from '../../share';
import { createExplorerStore } from '../explorerStore';
import { AUTOSAVE_KEY, autosaveText, KEPT_KEY, parseAutosave } from './autosave';
import { KEPT_NOTICE } from './boot';
import { createPersistence } from './index';
import { memoryStorage } from './memoryStorage';
import { safeStorage } from './storage';
import { customScenario, fakeAddressBar } from './testSupport';

/** Issue 9 item 2: the link error page's "Open the default scenario" must not destroy edited work. */
describe('recovering from a broken link', () => {
  async function brokenLinkPage() {
    const raw = memoryStorage();
    const mine = customScenario('Edited by hand');
    raw.setItem(AUTOSAVE_KEY, autosaveText({ scenario: mine, presetId: null, step: 2, edited: true }));
    const truncated = encodeLink(customScenario('Shared'), { step: 0, selection: null }).slice(0, 24);
    const bar = fakeAddressBar(`http://localhost/${truncated}`);
    const store = createExplorerStore();
    const persistence = createPersistence(
      store,
      safeStorage(() => raw),
      bar,
    );
    expect(await persistence.boot()).toMatchObject({ kind: 'link-error', error: { kind: 'truncated' } });
    return { raw, mine, store, persistence, bar, truncated };
  }

  it('"Open the default scenario" sets the edited autosave aside, says so, and can bring it back', async () => {
    const { raw, mine, store, persistence } = await brokenLinkPage();
    persistence.openDefault();
    persistence.flush();
    expect(store.getState().scenario).toBe(DEFAULT_PRESET.scenario);
    const kept = parseAutosave(raw.getItem(KEPT_KEY)!);
    expect(kept).toMatchObject({ kind: 'saved', record: { scenario: mine, step: 2, edited: true } });
    const notice = store.getState().notices.find((n) => n.id === KEPT_NOTICE)!;
    expect(notice.text).toBe(
      'Your autosaved scenario “Edited by hand” is kept — the default scenario did not replace it.',
    );
    notice.action!.run();
    expect(store.getState().scenario).toEqual(mine);
    expect(store.getState().step).toBe(2);
  });

  it('when the autosave cannot be set aside, autosave pauses rather than overwrite it', async () => {
    const { raw, mine, store, persistence } = await brokenLinkPage();
    const setItem = raw.setItem.bind(raw);
    raw.setItem = (key: string, value: string) => {
      if (key === KEPT_KEY) throw new DOMException('quota', 'QuotaExceededError');
      setItem(key, value);
    };
    persistence.openDefault();
    persistence.flush();
    expect(store.getState().scenario).toBe(DEFAULT_PRESET.scenario);
    expect(parseAutosave(raw.getItem(AUTOSAVE_KEY)!)).toMatchObject({ kind: 'saved', record: { scenario: mine } });
  });

  it('the error page reports the address length, and a link pasted into the tab reloads the page (until the app starts)', async () => {
    const { persistence, bar, truncated } = await brokenLinkPage();
    expect(persistence.addressLength()).toBe(`http://localhost/${truncated}`.length);
    bar.typeHash('#v1.other');
    expect(bar.location.reloads).toBe(1);
    persistence.openDefault();
    bar.typeHash('#v1.another');
    // From here the address bar sync handles it: one more reload, not two.
    expect(bar.location.reloads).toBe(2);
  });
});
