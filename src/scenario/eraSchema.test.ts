import { describe, expect, it } from 'vitest';
import { fromPayload, toPayload } from '../share/payload';
import { scenarioFileText } from '../share/scenarioFile';
import { migrateScenarioV1ToV2 } from './eraSchema';
import { parseScenario, parseScenarioText } from './schema';

const v2 = (config: Record<string, unknown>) => ({ format: 'percpu-scenario', version: 2, config, ops: [] });
const errorsOf = (input: unknown) => {
  const r = parseScenario(input);
  return r.ok ? [] : r.errors;
};

describe('format version 2: era, firstChunk, up', () => {
  it('accepts the new fields in version 2 and keeps them', () => {
    const r = parseScenario(v2({ era: '6.2', firstChunk: 'page', earlySize: 20480 }));
    expect(r.ok && r.scenario.config).toMatchObject({ era: '6.2', firstChunk: 'page', earlySize: 20480 });
    expect(r.ok && r.scenario.version).toBe(2);
  });

  it('refuses them in a version-1 scenario, naming each field', () => {
    expect(errorsOf({ ...v2({ era: '3.18' }), version: 1 })).toEqual([
      'config.era: needs scenario version 2 (this scenario says version 1)',
    ]);
  });

  it('names bad values', () => {
    expect(errorsOf(v2({ era: '5.15', firstChunk: 'lpage', up: 'yes' }))).toEqual([
      'config.era: must be one of 2.6.36, 2.6.37, 3.18, 4.14, 6.2 (got "5.15")',
      'config.firstChunk: must be "embed" or "page" (got "lpage")',
      'config.up: expected true or false, got "yes"',
    ]);
  });

  it('checks UP against the era and the CPU count', () => {
    expect(errorsOf(v2({ up: true, cpus: 1 }))).toEqual([
      'config.up: 2.6.36 has no uniprocessor percpu allocator (UP kernels use it since 2.6.37): choose era 2.6.37 or later',
    ]);
    expect(errorsOf(v2({ up: true, era: '2.6.37' }))).toEqual([
      'config.up: a uniprocessor kernel has exactly 1 CPU (config.cpus is 4): set cpus to 1',
    ]);
    expect(errorsOf(v2({ up: true, era: '2.6.37', cpus: 1 }))).toEqual([]);
  });

  it('refuses the pre-2.6.36 parent in a later era', () => {
    expect(errorsOf(v2({ era: '4.14', earlyAlloc: false }))[0]).toMatch(
      /^config\.earlyAlloc: false is 2\.6\.36's parent/,
    );
  });

  it('migration 1 -> 2 only sets the version', () => {
    const v1 = { format: 'percpu-scenario' as const, version: 1 as const, title: 't', ops: [] };
    expect(migrateScenarioV1ToV2(v1)).toEqual({ ...v1, version: 2 });
  });
});

describe('files and links carry the version-2 fields', () => {
  const parsed = parseScenario(v2({ era: '2.6.37', up: true, cpus: 1 }));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const scenario = parsed.scenario;

  it('a file says version 2 and lists them after the version-1 fields', () => {
    const text = scenarioFileText(scenario);
    const json = JSON.parse(text) as { version: number; config: Record<string, unknown> };
    expect(json.version).toBe(2);
    expect(Object.keys(json.config).slice(-2)).toEqual(['era', 'up']);
    expect(parseScenarioText(text)).toEqual({ ok: true, scenario });
  });

  it('a link keeps them', () => {
    const read = fromPayload(toPayload(scenario, { step: 0, selection: null }));
    expect(read.ok && read.scenario).toEqual(scenario);
  });

  it('a version-1 scenario still writes version 1 with no new fields', () => {
    const plain = parseScenario({ format: 'percpu-scenario', version: 1, ops: [] });
    if (!plain.ok) throw new Error('bad fixture');
    const json = JSON.parse(scenarioFileText(plain.scenario)) as { version: number; config: object };
    expect(json.version).toBe(1);
    expect(Object.keys(json.config)).toHaveLength(10);
  });
});
