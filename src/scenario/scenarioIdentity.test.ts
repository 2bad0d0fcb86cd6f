import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from './presets';
import { machineSummary, originPreset, scenarioHeading } from './scenarioIdentity';

describe('scenario identity', () => {
  const preset = DEFAULT_PRESET;

  it('names an untouched preset by its title', () => {
    expect(scenarioHeading(preset.scenario, preset.id)).toEqual({ title: preset.scenario.title, edited: false });
  });

  it('says "edited from" with the machine it models after a config change', () => {
    const edited = {
      ...preset.scenario,
      config: { ...preset.scenario.config, cpus: 8, cpuToNode: [0, 0, 0, 0, 1, 1, 1, 1] },
    };
    const heading = scenarioHeading(edited, preset.id);
    expect(heading.edited).toBe(true);
    expect(heading.title).toBe(`Edited from “${preset.title}” · 8 CPUs on 2 nodes`);
  });

  it('still finds the preset after an op edit forgot its id', () => {
    const edited = { ...preset.scenario, ops: preset.scenario.ops.slice(1) };
    expect(originPreset(edited, null)).toBe(preset);
    expect(scenarioHeading(edited, null).edited).toBe(true);
  });

  it('counts an empty CPU → node map as one node', () => {
    expect(machineSummary({ ...preset.scenario.config, cpus: 1, cpuToNode: [] })).toBe('1 CPU on 1 node');
  });
});
