import { describe, expect, it } from 'vitest';
import { applyEraChoice, eraChoiceOf } from './eraChoice';
import { withDefaults } from './defaults';
import { parseScenario } from './schema';

describe('the era choice', () => {
  const base = withDefaults({});

  it('sets the constants the era changed', () => {
    const next = applyEraChoice(base, { era: '6.2', firstChunk: 'embed', up: false, wordBits: 64 });
    expect(next).toMatchObject({ era: '6.2', earlySize: 20480, dynSize: 28672 });
    expect(applyEraChoice(base, { era: '3.18', firstChunk: 'embed', up: false, wordBits: 32 }).dynSize).toBe(20480);
    expect(eraChoiceOf(next)).toEqual({ era: '6.2', firstChunk: 'embed', up: false, wordBits: 64 });
  });

  it('2.6.36 embed SMP 64-bit gives back the version-1 defaults exactly', () => {
    const later = applyEraChoice(base, { era: '4.14', firstChunk: 'page', up: false, wordBits: 64 });
    expect(applyEraChoice(later, { era: '2.6.36', firstChunk: 'embed', up: false, wordBits: 64 })).toEqual(base);
  });

  it('UP sets one CPU, and the result loads as a version-2 scenario', () => {
    const up = applyEraChoice(base, { era: '2.6.37', firstChunk: 'embed', up: true, wordBits: 32 });
    expect(up).toMatchObject({ up: true, cpus: 1, cpuToNode: [0], dynSize: 12288 });
    expect(parseScenario({ format: 'percpu-scenario', version: 2, config: up, ops: [] }).ok).toBe(true);
  });
});
