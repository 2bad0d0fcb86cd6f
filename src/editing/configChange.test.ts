import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../scenario/presets';
import { configChanges } from './configChange';

describe('configChanges', () => {
  const config = DEFAULT_PRESET.scenario.config;
  it('lists only the fields that changed, in the form order and words', () => {
    const after = { ...config, cpus: 8, cpuToNode: [0, 0, 0, 0, 1, 1, 1, 1] };
    expect(configChanges(config, after)).toEqual([
      `CPUs ${config.cpus} → 8`,
      `CPU → node ${config.cpuToNode.length ? config.cpuToNode.join(',') : 'all node 0'} → 0,0,0,0,1,1,1,1`,
    ]);
  });
  it('is empty when nothing changed', () => {
    expect(configChanges(config, { ...config })).toEqual([]);
  });
});
