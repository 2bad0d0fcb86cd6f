import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, PRESETS } from '../../scenario/presets';
import { encodeLink } from '../../share';
import { createExplorerStore } from '../explorerStore';
import { AUTOSAVE_KEY, autosaveText, KEPT_KEY, parseAutosave, type AutosaveRecord } from './autosave';
import { bootExplorer, KEPT_NOTICE, STORAGE_NOTICE } from './boot';
import { memoryStorage } from './memoryStorage';
import { newSession } from './session';
import { safeStorage } from './storage';
import { customScenario } from './testSupport';

function setup(options: { hash?: string; search?: string; saved?: AutosaveRecord; kept?: AutosaveRecord } = {}) {
  const raw = memoryStorage();
  if (options.saved) raw.setItem(AUTOSAVE_KEY, autosaveText(options.saved));
  if (options.kept) raw.setItem(KEPT_KEY, autosaveText(options.kept));
  const store = createExplorerStore();
  const session = newSession();
  const storage = safeStorage(() => raw);
  const result = bootExplorer(store, { hash: options.hash ?? '', search: options.search ?? '' }, storage, session);
  return { raw, store, session, storage, result, state: store.getState() };
}

const notice = (store: ReturnType<typeof createExplorerStore>, id: string) =>
  store.getState().notices.find((n) => n.id === id);

describe('boot: what the page opens', () => {
  it('the default preset when there is no link and no autosave', () => {
    const { result, state, session, raw } = setup();
    expect(result).toEqual({ kind: 'app' });
    expect(state.scenario).toBe(DEFAULT_PRESET.scenario);
    expect(state.presetId).toBe(DEFAULT_PRESET.id);
    expect(session.pristine).toBe(DEFAULT_PRESET.scenario);
    expect(state.notices).toEqual([]);
    expect(raw.items.size).toBe(0);
  });

  it('a link: its scenario, step, selection and open panels, with no undo step back', () => {
    const scenario = customScenario();
    const hash = encodeLink(scenario, { step: 2, selection: 1, panels: ['timeline', 'chunks', 'log'] });
    const { result, state } = setup({ hash });
    expect(result).toEqual({ kind: 'app' });
    expect(state.scenario).toEqual(scenario);
    expect(state.presetId).toBeNull();
    expect(state.step).toBe(2);
    expect(state.selectedAlloc).toBe(1);
    expect(state.collapsed).toEqual({ editor: true, units: true, narration: true, slots: true, config: true });
    expect(state.editHistory.past).toEqual([]);
  });

  it('a link to an unchanged preset remembers the preset (for Reset to preset)', () => {
    const preset = PRESETS[3]!;
    const { state } = setup({ hash: encodeLink(preset.scenario, { step: 1, selection: null }) });
    expect(state.presetId).toBe(preset.id);
    expect(state.collapsed).toEqual({});
  });

  it('a broken link: the error, and the store still on the default', () => {
    const hash = encodeLink(customScenario(), { step: 0, selection: null });
    const damaged = hash.slice(0, 20) + (hash[20] === 'A' ? 'B' : 'A') + hash.slice(21);
    const { result, state } = setup({ hash: damaged });
    expect(result).toMatchObject({ kind: 'link-error', error: { ok: false, kind: 'damaged', length: damaged.length } });
    expect(state.scenario).toBe(DEFAULT_PRESET.scenario);
    expect(setup({ hash: hash.slice(0, 30) }).result).toMatchObject({ error: { kind: 'truncated' } });
    expect(setup({ hash: '#about' }).result).toMatchObject({ error: { kind: 'foreign' } });
  });

  it('the autosave when there is no link', () => {
    const scenario = customScenario();
    const { state, session } = setup({ saved: { scenario, presetId: null, step: 3, edited: true } });
    expect(state.scenario).toEqual(scenario);
    expect(state.step).toBe(3);
    expect(state.presetId).toBeNull();
    expect(session.pristine).toBeNull();
  });

  it('an autosaved preset keeps its preset id', () => {
    const preset = PRESETS[1]!;
    const { state, session } = setup({
      saved: { scenario: preset.scenario, presetId: preset.id, step: 1, edited: false },
    });
    expect(state.presetId).toBe(preset.id);
    expect(session.pristine).toBe(state.scenario);
  });
});

describe('boot: a link never silently replaces the autosave', () => {
  const mine: AutosaveRecord = { scenario: customScenario('Mine'), presetId: null, step: 2, edited: true };
  const linkHash = encodeLink(customScenario('From a colleague'), { step: 1, selection: null });

  it('keeps a different autosave aside and offers it back', () => {
    const { raw, store, storage, session } = setup({ hash: linkHash, saved: mine });
    expect(store.getState().scenario.title).toBe('From a colleague');
    const kept = parseAutosave(raw.getItem(KEPT_KEY)!);
    expect(kept).toEqual({ kind: 'saved', record: mine });
    const offer = notice(store, KEPT_NOTICE)!;
    expect(offer.text).toContain('Your autosaved scenario “Mine” is kept');
    expect(offer.action?.label).toBe('Restore it');

    offer.action!.run();
    const s = store.getState();
    expect(s.scenario).toEqual(mine.scenario);
    expect(s.step).toBe(2);
    expect(raw.getItem(KEPT_KEY)).toBeNull();
    expect(notice(store, KEPT_NOTICE)).toBeUndefined();
    expect(session.pristine).toBeNull();
    expect(storage.read(KEPT_KEY)).toEqual({ ok: true, value: null });
  });

  it('nothing to keep when the autosave is the link’s scenario', () => {
    const same: AutosaveRecord = { ...mine, scenario: customScenario('From a colleague') };
    const { raw, store } = setup({ hash: linkHash, saved: same });
    expect(raw.getItem(KEPT_KEY)).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });

  it('an unedited autosave does not push out kept work', () => {
    const preset = PRESETS[2]!;
    const unedited: AutosaveRecord = { scenario: preset.scenario, presetId: preset.id, step: 0, edited: false };
    const { raw } = setup({ hash: linkHash, saved: unedited, kept: mine });
    expect(parseAutosave(raw.getItem(KEPT_KEY)!)).toEqual({ kind: 'saved', record: mine });
  });

  it('when setting it aside fails, autosave pauses rather than overwrite it', () => {
    const raw = memoryStorage();
    raw.setItem(AUTOSAVE_KEY, autosaveText(mine));
    raw.full = true;
    const store = createExplorerStore();
    const session = newSession();
    bootExplorer(
      store,
      { hash: linkHash, search: '' },
      safeStorage(() => raw),
      session,
    );
    expect(session.autosavePaused).toMatch(/could not be set aside \(the browser’s storage for this page is full\)/);
    expect(notice(store, STORAGE_NOTICE)?.text).toMatch(/^Autosave is paused: /);
  });
});

describe('boot: storage that does not work', () => {
  it('disabled storage: the default opens and a notice says autosave is off', () => {
    const raw = memoryStorage({ disabled: true });
    const store = createExplorerStore();
    const r = bootExplorer(
      store,
      { hash: '', search: '' },
      safeStorage(() => raw),
      newSession(),
    );
    expect(r).toEqual({ kind: 'app' });
    expect(notice(store, STORAGE_NOTICE)?.text).toBe(
      'Autosave is off: this browser does not allow this page to store anything. Export a file to keep your scenario.',
    );
  });

  it('an unreadable autosave is reported, and the default opens', () => {
    const raw = memoryStorage();
    raw.setItem(AUTOSAVE_KEY, '{"format":"percpu-autosave","version":1,"scenario":{"format":"percpu-scenario"}}');
    const store = createExplorerStore();
    bootExplorer(
      store,
      { hash: '', search: '' },
      safeStorage(() => raw),
      newSession(),
    );
    expect(store.getState().scenario).toBe(DEFAULT_PRESET.scenario);
    expect(notice(store, STORAGE_NOTICE)?.text).toMatch(/could not be read \(its scenario is not valid \(version: /);
  });
});

describe('boot: view options in the query', () => {
  it('step, theme, embed, controls, loop, speed and quiz apply', () => {
    const { state } = setup({ search: '?step=4&theme=dark&embed=1&controls=0&loop=2..6&speed=4&quiz=1' });
    expect(state.step).toBe(4);
    expect(state.theme).toBe('dark');
    expect(state.embed).toBe(true);
    expect(state.showControls).toBe(false);
    expect(state.loop).toEqual({ from: 2, to: 6 });
    expect(state.speed).toBe(4);
    expect(state.mode).toBe('quiz');
  });

  it('a comparison in the query opens the compare view (quiz wins when both are given)', () => {
    expect(setup({ search: '?compare=earlySlots%3D16' }).state.mode).toBe('compare');
    expect(setup({ search: '?compare=earlySlots%3D16&quiz=1' }).state.mode).toBe('quiz');
  });

  it('the comparison is read once, into the store, with the view parameters’ own + rule', () => {
    const { state } = setup({ search: '?compare=earlySlots%3D16,earlySize%3D8192' });
    expect(state.compare.spec).toEqual({ kind: 'overrides', overrides: { earlySlots: 16, earlySize: 8192 } });
    expect(state.compare.draft).toEqual({ choice: 'custom', earlySlots: '16', earlySize: '8192' });
    const bad = setup({ search: '?compare=earlySlots%3D1' }).state.compare;
    expect(bad.spec).toEqual({ kind: 'flipEarlyAlloc' });
    expect(bad.linkProblems).toEqual(['earlySlots: must be between 2 and 65536 (got 1)']);
  });

  it('the query step wins over the link step; bad options are listed and skipped', () => {
    const hash = encodeLink(customScenario(), { step: 1, selection: null });
    const { state } = setup({ hash, search: '?step=3&theme=blue&speed=99' });
    expect(state.step).toBe(3);
    expect(state.theme).toBe('light');
    expect(state.speed).toBe(1);
    const lines = state.notices.find((n) => n.id === 'view-params')?.lines;
    expect(lines).toEqual(['theme: must be light or dark (got blue)', 'speed: must be between 0.25 and 16 (got 99)']);
  });

  it('a step past the end shows the last step and says so', () => {
    const hash = encodeLink(customScenario(), { step: 1, selection: null });
    const { state } = setup({ hash, search: '?step=50' });
    expect(state.step).toBe(4);
    expect(state.notices.find((n) => n.id === 'view-params')?.lines).toEqual([
      'step: this scenario has 4 steps; showing the last',
    ]);
  });

  it('the theme applies on the link error page too', () => {
    const { result, state } = setup({ hash: '#v1.zzz', search: '?theme=dark' });
    expect(result.kind).toBe('link-error');
    expect(state.theme).toBe('dark');
  });
});
