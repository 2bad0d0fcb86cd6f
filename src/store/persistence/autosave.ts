import type { Scenario } from '../../engine/types';
import { presetById } from '../../scenario/presets';
import { parseScenario } from '../../scenario/schema';
import type { SafeStorage } from './storage';
import { isRecord } from '../../scenario/isRecord';

/** Where the scenario being worked on lives between visits. */
export const AUTOSAVE_KEY = 'percpu-explorer/autosave';
/** An autosave set aside when a link replaced it, until the person restores or replaces it. */
export const KEPT_KEY = 'percpu-explorer/autosave-kept';

export interface AutosaveRecord {
  scenario: Scenario;
  presetId: string | null;
  step: number;
  /**
   * False while the scenario is exactly what a preset, a link or a file gave: losing it loses no
   * work. Then a later link does not push an older kept autosave out (see boot.ts).
   */
  edited: boolean;
}

export type AutosaveRead =
  | { kind: 'none' }
  | { kind: 'saved'; record: AutosaveRecord }
  /** Something is stored but cannot be used. */
  | { kind: 'unreadable'; problem: string }
  /** The browser gives this page no storage at all. */
  | { kind: 'unavailable'; problem: string };

const FORMAT = 'percpu-autosave';

/**
 * The scenario's JSON, kept for the scenario object last saved: a step of a 100,000-op scenario
 * saves again, and the scenario (immutable in the store) need not be stringified again.
 */
let lastScenario: { scenario: Scenario; json: string } | null = null;

const scenarioJson = (scenario: Scenario): string => {
  if (lastScenario?.scenario !== scenario) lastScenario = { scenario, json: JSON.stringify(scenario) };
  return lastScenario.json;
};

/** Exactly JSON.stringify({ format, version: 1, ...record }), with the scenario's part cached. */
export function autosaveText(record: AutosaveRecord): string {
  const { scenario, presetId, step, edited } = record;
  return `{"format":"${FORMAT}","version":1,"scenario":${scenarioJson(scenario)},"presetId":${JSON.stringify(presetId)},"step":${JSON.stringify(step)},"edited":${JSON.stringify(edited)}}`;
}

/** Checks everything: the text may be from an older build, another tab, or hand-edited. */
export function parseAutosave(text: string): AutosaveRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', problem: 'it is not JSON' };
  }
  if (!isRecord(value) || value.format !== FORMAT || value.version !== 1) {
    return { kind: 'unreadable', problem: 'it was written by another version of Percpu Explorer' };
  }
  const parsed = parseScenario(value.scenario);
  if (!parsed.ok) return { kind: 'unreadable', problem: `its scenario is not valid (${parsed.errors[0]!})` };
  const scenario = parsed.scenario;
  const presetId = typeof value.presetId === 'string' && presetById(value.presetId) ? value.presetId : null;
  const step =
    typeof value.step === 'number' && Number.isInteger(value.step) && value.step >= 0
      ? Math.min(value.step, scenario.ops.length)
      : 0;
  return { kind: 'saved', record: { scenario, presetId, step, edited: value.edited !== false } };
}

export function readAutosave(storage: SafeStorage, key: string): AutosaveRead {
  const read = storage.read(key);
  if (!read.ok) return { kind: 'unavailable', problem: read.problem };
  return read.value === null ? { kind: 'none' } : parseAutosave(read.value);
}

/** null when saved, else why not. */
export const writeAutosave = (storage: SafeStorage, key: string, record: AutosaveRecord): string | null =>
  storage.write(key, autosaveText(record));
