/**
 * The conformance cases: every test/conformance/NAME.scenario.json must replay to exactly the
 * bytes of NAME.trace.json, through the streaming serializer and through buildTrace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../src/engine/invariants';
import { buildTrace, serializeTrace } from '../src/engine/trace';
import { parseScenarioText } from '../src/scenario/schema';
import { run } from './support/engine';

const dir = join(import.meta.dirname, 'conformance');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.scenario.json'))
  .map((f) => f.slice(0, -'.scenario.json'.length))
  .sort();

function load(name: string) {
  const parsed = parseScenarioText(readFileSync(join(dir, `${name}.scenario.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
  return { scenario: parsed.scenario, expected: readFileSync(join(dir, `${name}.trace.json`), 'utf8') };
}

describe('conformance traces', () => {
  it('has cases to check, each with its trace', () => {
    expect(names.length).toBeGreaterThanOrEqual(16);
    for (const name of names) expect(readdirSync(dir)).toContain(`${name}.trace.json`);
  });

  for (const name of names) {
    it(`${name}: serializeTrace is byte-identical`, () => {
      const { scenario, expected } = load(name);
      const actual = [...serializeTrace(scenario.config, scenario.ops)].join('');
      expect(actual).toBe(expected);
    });

    it(`${name}: buildTrace stringifies to the same bytes`, () => {
      const { scenario, expected } = load(name);
      expect(JSON.stringify(buildTrace(scenario.config, scenario.ops), null, 2) + '\n').toBe(expected);
    });

    it(`${name}: §13 invariants hold after every step`, () => {
      const { scenario } = load(name);
      const { states } = run(scenario.config, scenario.ops);
      states.forEach((state, k) => {
        const context = { ops: scenario.ops, ...(k > 0 && { previous: states[k - 1]! }) };
        expect(checkInvariants(state, context), `after ${k} steps`).toEqual([]);
      });
    });
  }
});
