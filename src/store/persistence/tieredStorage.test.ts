import { describe, expect, it } from 'vitest';
import type { Op, Scenario } from '../../engine/types';
import { createExplorerStore } from '../explorerStore';
import { AUTOSAVE_KEY, parseAutosave } from './autosave';
import { STORAGE_NOTICE } from './boot';
import { createPersistence } from './index';
import { memoryBigStore } from './memoryBigStore';
import { memoryStorage } from './memoryStorage';
import { safeStorage } from './storage';
import { customScenario, fakeAddressBar } from './testSupport';
import { SMALL_VALUE_LIMIT, tieredStorage } from './tieredStorage';

const big = 'x'.repeat(SMALL_VALUE_LIMIT + 1);

describe('tiered storage', () => {
  it('keeps small values in localStorage as before', () => {
    const local = memoryStorage();
    const store = tieredStorage(
      safeStorage(() => local),
      memoryBigStore(),
    );
    expect(store.write('k', 'small')).toBeNull();
    expect(local.getItem('k')).toBe('small');
    expect(store.read('k')).toEqual({ ok: true, value: 'small' });
  });

  it('puts large values in the big store, with a pointer in localStorage written after it commits', async () => {
    const local = memoryStorage();
    const idb = memoryBigStore();
    const store = tieredStorage(
      safeStorage(() => local),
      idb,
    );
    local.setItem('k', 'old');
    expect(store.write('k', big)).toBeNull();
    // Not committed yet: localStorage still holds the old value, this tab reads its own write.
    expect(local.getItem('k')).toBe('old');
    expect(store.read('k')).toEqual({ ok: true, value: big });
    await idb.settle();
    await store.settled();
    expect(local.getItem('k')).toMatch(/^\{"format":"percpu-big-value","id":"/);
    expect(idb.records.get('k')?.value).toBe(big);

    // Another page (a reload) loads it before reading.
    const reloaded = tieredStorage(
      safeStorage(() => local),
      idb,
    );
    expect(reloaded.read('k')).toMatchObject({ ok: false });
    await reloaded.load(['k']);
    expect(reloaded.read('k')).toEqual({ ok: true, value: big });
  });

  it('a value localStorage refuses as full goes to the big store', async () => {
    const local = memoryStorage();
    const idb = memoryBigStore();
    const store = tieredStorage(
      safeStorage(() => local),
      idb,
    );
    local.full = true;
    expect(store.write('k', 'small but no room')).toBeNull();
    local.full = false;
    await idb.settle();
    await store.settled();
    expect(idb.records.get('k')?.value).toBe('small but no room');
  });

  it('a small write after a big one wins, even while the big one is on its way', async () => {
    const local = memoryStorage();
    const idb = memoryBigStore();
    const store = tieredStorage(
      safeStorage(() => local),
      idb,
    );
    store.write('k', big);
    store.write('k', 'small');
    await idb.settle();
    await store.settled();
    expect(local.getItem('k')).toBe('small');
    expect(store.read('k')).toEqual({ ok: true, value: 'small' });
  });

  it('reports a big write that fails later (a full disk)', async () => {
    const idb = memoryBigStore();
    idb.failWith = 'QuotaExceededError';
    const store = tieredStorage(
      safeStorage(() => memoryStorage()),
      idb,
    );
    const failures: string[] = [];
    store.onLateFailure((key, problem) => failures.push(`${key}: ${problem}`));
    store.write('k', big);
    await idb.settle();
    await store.settled();
    expect(failures).toEqual(['k: the browser’s storage for this page is full']);
  });
});

/** Issue 9 item 3: a 100,000-op scenario survives a reload through IndexedDB. */
describe('autosave of a scenario too big for localStorage', () => {
  const huge: Scenario = {
    ...customScenario('Imported, 100,000 ops'),
    ops: Array.from({ length: 100_000 }, (_, i): Op => ({
      op: 'alloc',
      size: 8 + (i % 300) * 8,
      align: 8,
      label: `a${i % 5000}`,
    })),
  };

  it(
    'reopens after a reload, and a quota failure says so with the file export offered',
    { timeout: 60_000 },
    async () => {
      const local = memoryStorage();
      const idb = memoryBigStore();
      const page = () => {
        const store = createExplorerStore();
        const bar = fakeAddressBar('http://localhost/');
        const persistence = createPersistence(
          store,
          safeStorage(() => local),
          bar,
          { big: idb },
        );
        return { store, persistence };
      };
      const first = page();
      expect(await first.persistence.boot()).toEqual({ kind: 'app' });
      first.persistence.start();
      first.store.getState().loadScenario(huge, { history: 'record', presetId: null, step: 0 });
      first.store.getState().setStep(40);
      first.persistence.flush();
      await idb.settle();
      await first.persistence.settled();
      first.persistence.stop();
      expect(local.getItem(AUTOSAVE_KEY)!.length).toBeLessThan(200);
      expect(parseAutosave(idb.records.get(AUTOSAVE_KEY)!.value)).toMatchObject({
        kind: 'saved',
        record: { step: 40 },
      });

      const reloaded = page();
      expect(await reloaded.persistence.boot()).toEqual({ kind: 'app' });
      expect(reloaded.store.getState().scenario).toEqual(huge);
      expect(reloaded.store.getState().step).toBe(40);

      reloaded.persistence.start();
      idb.failWith = 'QuotaExceededError';
      reloaded.store.getState().setStep(41);
      reloaded.persistence.flush();
      await idb.settle();
      await reloaded.persistence.settled();
      expect(reloaded.store.getState().notices.find((n) => n.id === STORAGE_NOTICE)).toMatchObject({
        text: 'Autosave failed: the browser’s storage for this page is full. Export a file to keep your scenario.',
        offer: 'export-scenario',
      });
    },
  );
});
