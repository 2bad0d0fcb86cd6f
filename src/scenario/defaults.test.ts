import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, CONFIG_KEYS, withDefaults } from './defaults';

describe('CONFIG_KEYS', () => {
  it('lists the config fields in the order of the formats.md §1 config table', () => {
    expect(CONFIG_KEYS).toEqual([
      'earlyAlloc',
      'pageSize',
      'cpus',
      'cpuToNode',
      'staticSize',
      'reservedSize',
      'dynSize',
      'atomSize',
      'earlySize',
      'earlySlots',
    ]);
  });

  it('names every field a config has, and only those', () => {
    expect([...CONFIG_KEYS].sort()).toEqual(Object.keys(withDefaults({})).sort());
    expect([...CONFIG_KEYS].sort()).toEqual([...Object.keys(CONFIG_DEFAULTS), 'cpuToNode'].sort());
  });
});
