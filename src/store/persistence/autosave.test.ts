import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../scenario/presets';
import { AUTOSAVE_KEY, autosaveText, parseAutosave, readAutosave, writeAutosave } from './autosave';
import { memoryStorage } from './memoryStorage';
import { safeStorage } from './storage';
import { customScenario } from './testSupport';

const record = { scenario: customScenario(), presetId: null, step: 2, edited: true };

describe('autosave records', () => {
  it('read back exactly what was written', () => {
    expect(parseAutosave(autosaveText(record))).toEqual({ kind: 'saved', record });
    const preset = PRESETS[0]!;
    const fromPreset = { scenario: preset.scenario, presetId: preset.id, step: 0, edited: false };
    expect(parseAutosave(autosaveText(fromPreset))).toEqual({ kind: 'saved', record: fromPreset });
  });

  it('refuse what is not theirs, saying why', () => {
    expect(parseAutosave('{')).toEqual({ kind: 'unreadable', problem: 'it is not JSON' });
    expect(parseAutosave('{"format":"percpu-autosave","version":2}')).toEqual({
      kind: 'unreadable',
      problem: 'it was written by another version of Percpu Explorer',
    });
    expect(parseAutosave('[]').kind).toBe('unreadable');
    const bad = JSON.stringify({ format: 'percpu-autosave', version: 1, scenario: { ...record.scenario, ops: 5 } });
    expect(parseAutosave(bad)).toEqual({
      kind: 'unreadable',
      problem: 'its scenario is not valid (ops: expected an array of ops, got number 5)',
    });
  });

  it('repair what can be repaired: an unknown preset, a step past the end, a missing flag', () => {
    const text = JSON.stringify({
      format: 'percpu-autosave',
      version: 1,
      scenario: record.scenario,
      presetId: 'gone',
      step: 99,
    });
    expect(parseAutosave(text)).toEqual({
      kind: 'saved',
      // Four ops, so step 4 is the last; without the flag it counts as work to protect.
      record: { scenario: record.scenario, presetId: null, step: 4, edited: true },
    });
    const negative = JSON.stringify({ format: 'percpu-autosave', version: 1, scenario: record.scenario, step: -1 });
    expect(parseAutosave(negative)).toMatchObject({ record: { step: 0 } });
  });
});

describe('storage that fails', () => {
  it('reports a full storage and a disabled one as sentences, never throws', () => {
    const raw = memoryStorage({ full: true });
    const storage = safeStorage(() => raw);
    expect(writeAutosave(storage, AUTOSAVE_KEY, record)).toBe('the browser’s storage for this page is full');
    expect(readAutosave(storage, AUTOSAVE_KEY)).toEqual({ kind: 'none' });
    raw.disabled = true;
    expect(readAutosave(storage, AUTOSAVE_KEY)).toEqual({
      kind: 'unavailable',
      problem: 'this browser does not allow this page to store anything',
    });
    expect(() => storage.remove(AUTOSAVE_KEY)).not.toThrow();
    const missing = safeStorage(() => null);
    expect(missing.write('k', 'v')).toBe('this browser does not allow this page to store anything');
    const throwing = safeStorage(() => {
      throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    });
    expect(throwing.read('k')).toEqual({
      ok: false,
      problem: 'this browser does not allow this page to store anything',
    });
  });
});
