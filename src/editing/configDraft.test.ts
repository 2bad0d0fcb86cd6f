import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/types';
import { withDefaults } from '../scenario/defaults';
import { checkDraft, draftOf } from './configDraft';
import { formatCpuToNode, parseCpuToNode } from './cpuToNodeText';

const scenario: Scenario = { format: 'percpu-scenario', version: 1, config: withDefaults({}), ops: [] };

describe('cpuToNode text', () => {
  it('writes runs compactly and reads both forms back', () => {
    expect(formatCpuToNode([0, 0, 0, 0])).toBe('0x4');
    expect(formatCpuToNode([0, 1, 0, 1])).toBe('0,1,0,1');
    expect(formatCpuToNode([...new Array<number>(32).fill(0), ...new Array<number>(32).fill(1)])).toBe('0x32,1x32');
    expect(parseCpuToNode('0,0,1,1')).toEqual({ ok: true, nodes: [0, 0, 1, 1] });
    expect(parseCpuToNode('0x2, 1x2')).toEqual({ ok: true, nodes: [0, 0, 1, 1] });
    expect(parseCpuToNode('  ')).toEqual({ ok: true, nodes: undefined });
  });

  it('explains what it cannot read', () => {
    expect(parseCpuToNode('0,a')).toEqual({
      ok: false,
      error: 'config.cpuToNode: “a” is not a node number or NODExCOUNT (like 0x4)',
    });
    expect(parseCpuToNode('0x5000')).toMatchObject({ ok: false });
  });
});

describe('checkDraft', () => {
  it('accepts the defaults unchanged', () => {
    expect(checkDraft(draftOf(scenario.config), scenario)).toEqual({ ok: true, config: scenario.config });
  });

  it('gives the schema’s own message for an out-of-range value (formats.md: cpus 1..4096)', () => {
    const check = checkDraft({ ...draftOf(scenario.config), cpus: '0', cpuToNode: '' }, scenario);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.fieldErrors.cpus).toEqual(['config.cpus: must be between 1 and 4096 (got 0)']);
  });

  it('names typed text that is not a number, and a cpuToNode of the wrong length', () => {
    const check = checkDraft({ ...draftOf(scenario.config), staticSize: 'big', cpuToNode: '0,0,1' }, scenario);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.fieldErrors.staticSize).toEqual(['config.staticSize: expected an integer, got the text "big"']);
      expect(check.fieldErrors.cpuToNode).toEqual(['config.cpuToNode: expected 4 entries, got 3']);
    }
  });

  it('an empty cpuToNode puts every CPU on node 0', () => {
    const check = checkDraft({ ...draftOf(scenario.config), cpus: '6', cpuToNode: '' }, scenario);
    expect(check).toMatchObject({ ok: true, config: { cpus: 6, cpuToNode: [0, 0, 0, 0, 0, 0] } });
  });

  it('checks atomSize is a power of two', () => {
    const check = checkDraft({ ...draftOf(scenario.config), atomSize: '3000' }, scenario);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.fieldErrors.atomSize).toEqual(['config.atomSize: 3000 is not a power of two']);
  });
});
