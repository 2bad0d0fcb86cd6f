import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, PRESETS } from '../../scenario/presets';
import { createExplorerStore } from '../explorerStore';
import { AUTOSAVE_KEY, parseAutosave } from './autosave';
import { startAutosave } from './autosaveSync';
import { STORAGE_NOTICE } from './boot';
import { memoryStorage } from './memoryStorage';
import { newSession } from './session';
import { safeStorage } from './storage';
import { customScenario, manualScheduler } from './testSupport';

function setup() {
  const raw = memoryStorage();
  const store = createExplorerStore();
  const session = newSession();
  session.pristine = store.getState().scenario;
  const timers = manualScheduler();
  const sync = startAutosave(
    store,
    safeStorage(() => raw),
    session,
    timers,
    400,
  );
  const saved = () => {
    const text = raw.getItem(AUTOSAVE_KEY);
    return text === null ? null : parseAutosave(text);
  };
  return { raw, store, session, timers, sync, saved };
}

describe('autosave', () => {
  it('saves what boot opened, then each change after a pause, once per burst', () => {
    const { store, timers, saved, raw } = setup();
    expect(saved()).toBeNull();
    timers.runAll();
    expect(saved()).toEqual({
      kind: 'saved',
      record: { scenario: DEFAULT_PRESET.scenario, presetId: DEFAULT_PRESET.id, step: 0, edited: false },
    });
    let writes = 0;
    const setItem = raw.setItem.bind(raw);
    raw.setItem = (k, v) => {
      writes++;
      setItem(k, v);
    };
    for (let k = 1; k <= 5; k++) store.getState().setStep(k);
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(writes).toBe(1);
    expect(saved()).toMatchObject({ record: { step: 5 } });
  });

  it('marks a scenario that is nobody else’s copy as edited', () => {
    const { store, timers, saved, session } = setup();
    const mine = customScenario();
    store.getState().loadScenario(mine, { history: 'reset', presetId: null, step: 1 });
    timers.runAll();
    expect(saved()).toEqual({ kind: 'saved', record: { scenario: mine, presetId: null, step: 1, edited: true } });
    // A preset picked from the list is not work to protect.
    const preset = PRESETS[4]!;
    store.getState().loadScenario(preset.scenario, { history: 'reset', presetId: preset.id, step: 0 });
    timers.runAll();
    expect(saved()).toMatchObject({ record: { presetId: preset.id, edited: false } });
    // Nor is the scenario a link or file opened, until it changes.
    session.pristine = mine;
    store.getState().loadScenario(mine, { history: 'reset', presetId: null, step: 0 });
    timers.runAll();
    expect(saved()).toMatchObject({ record: { edited: false } });
  });

  it('flush saves at once (the page is being hidden)', () => {
    const { store, sync, saved, timers } = setup();
    timers.runAll();
    store.getState().setStep(7);
    sync.flush();
    expect(saved()).toMatchObject({ record: { step: 7 } });
    expect(timers.pending()).toBe(0);
  });

  it('a full storage shows one notice, which goes when saving works again', () => {
    const { store, raw, timers } = setup();
    raw.full = true;
    timers.runAll();
    const notice = () => store.getState().notices.find((n) => n.id === STORAGE_NOTICE);
    expect(notice()?.text).toBe(
      'Autosave failed: the browser’s storage for this page is full. Export a file to keep your scenario.',
    );
    store.getState().dismissNotice(STORAGE_NOTICE);
    store.getState().setStep(2);
    timers.runAll();
    expect(notice()).toBeUndefined();
    raw.full = false;
    store.getState().setStep(3);
    timers.runAll();
    expect(notice()).toBeUndefined();
    expect(raw.getItem(AUTOSAVE_KEY)).not.toBeNull();
  });

  it('writes nothing while paused, and nothing after stop', () => {
    const { store, raw, timers, session, sync } = setup();
    session.autosavePaused = 'kept autosave could not be set aside';
    timers.runAll();
    expect(raw.getItem(AUTOSAVE_KEY)).toBeNull();
    session.autosavePaused = null;
    sync.stop();
    store.getState().setStep(4);
    expect(timers.pending()).toBe(0);
  });
});
