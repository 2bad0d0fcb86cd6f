import type { Config, Scenario } from '../engine/types';
import { PRESETS, presetById } from './presets';
import { sameContent } from './lectures/effective';
import type { Preset } from './presets/types';

/**
 * The preset a scenario came from, if any: the picked one, or the one whose title it still
 * carries after an op edit (an edit keeps the title but forgets the preset id).
 */
export function originPreset(scenario: Scenario, presetId: string | null): Preset | undefined {
  const picked = presetId !== null ? presetById(presetId) : undefined;
  if (picked) return picked;
  return scenario.title ? PRESETS.find((p) => p.scenario.title === scenario.title) : undefined;
}

/** True when the scenario is no longer exactly the preset it came from. */
export const isEdited = (scenario: Scenario, origin: Preset | undefined): boolean =>
  origin !== undefined && !sameContent(origin.scenario, scenario);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "8 CPUs on 2 nodes": the machine as the config describes it now. */
export function machineSummary(config: Config): string {
  const nodes = new Set(config.cpuToNode.length > 0 ? config.cpuToNode : [0]).size;
  return `${plural(config.cpus, 'CPU', 'CPUs')} on ${plural(nodes, 'node', 'nodes')}`;
}

/** What the header says: the title, or "Edited from “preset”" with the machine it now models. */
export function scenarioHeading(scenario: Scenario, presetId: string | null): { title: string; edited: boolean } {
  const origin = originPreset(scenario, presetId);
  if (origin && isEdited(scenario, origin)) {
    return { title: `Edited from “${origin.title}” · ${machineSummary(scenario.config)}`, edited: true };
  }
  return { title: scenario.title ?? 'Untitled scenario', edited: false };
}
