import type { Scenario } from '../../engine/types';
import { PRESETS } from '../../scenario/presets';
import { scenarioFileText } from '../../share/scenarioFile';

/** Same content, whatever the key order or object identity (the scenario file text is canonical). */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return a === b || scenarioFileText(a) === scenarioFileText(b);
}

let presetTexts: Map<string, string> | null = null;

/** The id of the preset this scenario is an unchanged copy of, or null (then it shows as "Custom"). */
export function presetIdFor(scenario: Scenario): string | null {
  // The file text has one entry per op: a scenario with an op count no preset has is none of
  // them, and a 100,000-op file is not written out to learn that.
  if (!PRESETS.some((p) => p.scenario.ops.length === scenario.ops.length)) return null;
  presetTexts ??= new Map(PRESETS.map((p) => [scenarioFileText(p.scenario), p.id]));
  return presetTexts.get(scenarioFileText(scenario)) ?? null;
}
