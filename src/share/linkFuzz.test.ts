import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario/schema';
import { decodeLink, encodeLink, type DecodedLink, type LinkErrorKind } from './linkCodec';
import { scenarioWithViewArb } from './test-support/scenarioArbitrary';
import { formatsExample, linkOf, payloadOf } from './test-support/links';
import { realisticScenario } from './test-support/realisticScenario';

/**
 * 10,000 hostile inputs, each fed to decodeLink (as a link) and parseScenarioText (as file text).
 * Each must come back ok or with readable messages; an exception fails the run.
 */

const KINDS: LinkErrorKind[] = ['empty', 'foreign', 'oversized', 'newer', 'truncated', 'damaged', 'invalid'];
const URI_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const HUGE = [
  '1e999',
  '-1e999',
  '1e308',
  '-1e308',
  '9007199254740993',
  '-0',
  '1e-400',
  '123456789012345678901234567890',
];
const PROTO = ['"__proto__":{"polluted":true}', '"constructor":{"prototype":{"polluted":true}}', '"prototype":1'];

interface Sample {
  link: string;
  payload: string;
  text: string;
}

const scenarios = [
  formatsExample(),
  realisticScenario(200),
  ...[1, 2, 3, 4].map((seed) => realisticScenario(40, seed)),
  ...fc.sample(scenarioWithViewArb, { numRuns: 24, seed: 36 }).map((s) => s.scenario),
];
const pool: Sample[] = scenarios.map((scenario, i) => {
  const link = encodeLink(scenario, { step: i % (scenario.ops.length + 1), selection: null });
  return {
    link,
    payload: LZString.decompressFromEncodedURIComponent(payloadOf(link)),
    text: JSON.stringify(scenario, null, i % 2),
  };
});

/** Nesting `depth` levels deep in a few shapes: bare, as an object chain, inside an op, as the ops list. */
function nested(depth: number, shape: number): string {
  const arrays = '['.repeat(depth) + ']'.repeat(depth);
  switch (shape % 5) {
    case 0:
      return arrays;
    case 1:
      return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    case 2:
      return `{"o":[[8,8,${arrays}]]}`;
    case 3:
      return `{"format":"percpu-scenario","version":1,"ops":${arrays}}`;
    default:
      return '['.repeat(depth);
  }
}

type Case = { link: string; text: string };

const sampleArb = fc.constantFrom(...pool);
const at = (s: string, k: number) => (s.length === 0 ? 0 : k % s.length);

const caseArb: fc.Arbitrary<Case> = fc.oneof(
  // Character flips: in the link alphabet or any UTF-16 unit, several at once.
  fc
    .tuple(
      sampleArb,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.oneof(fc.constantFrom(...URI_CHARS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([s, flips]) => {
      let link = s.link;
      let text = s.text;
      for (const [k, ch] of flips) {
        const i = 4 + at(link.slice(4), k);
        link = link.slice(0, i) + ch + link.slice(i + 1);
        const j = at(text, k);
        text = text.slice(0, j) + ch + text.slice(j + 1);
      }
      return { link, text };
    }),
  // Truncations.
  fc
    .tuple(sampleArb, fc.nat())
    .map(([s, k]) => ({ link: s.link.slice(0, at(s.link, k)), text: s.text.slice(0, at(s.text, k)) })),
  // Random JSON, packed as a v0 or v1 link.
  fc.tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(0, 1)).map(([v, version]) => {
    const text = JSON.stringify(v) ?? 'null';
    return { link: linkOf(text, version), text };
  }),
  // Huge and odd numbers in place of a real one.
  fc.tuple(sampleArb, fc.nat(), fc.constantFrom(...HUGE)).map(([s, k, huge]) => {
    const swap = (json: string) => {
      const spots = [...json.matchAll(/-?\d+(\.\d+)?([eE][-+]?\d+)?/g)];
      const m = spots[k % Math.max(1, spots.length)];
      return m?.index === undefined ? json : json.slice(0, m.index) + huge + json.slice(m.index + m[0].length);
    };
    return { link: linkOf(swap(s.payload)), text: swap(s.text) };
  }),
  // Deep nesting (the 100,000-level cases run once each below, they cost ~50 ms apiece).
  fc.tuple(fc.integer({ min: 17, max: 3000 }), fc.nat()).map(([depth, shape]) => {
    const text = nested(depth, shape);
    return { link: linkOf(text), text };
  }),
  // Random strings, bare or behind a link prefix.
  fc
    .tuple(
      fc.constantFrom('', '#', '#v1.', '#v0.', '#v2.', '#v3.', '#v', 'https://x.org/#v1.'),
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: fc.constantFrom(...URI_CHARS), maxLength: 300 }),
      ),
    )
    .map(([prefix, body]) => ({ link: prefix + body, text: body })),
  // Prototype keys spliced into objects.
  fc.tuple(sampleArb, fc.nat(), fc.constantFrom(...PROTO)).map(([s, k, key]) => {
    const splice = (json: string) => {
      const opens = [...json.matchAll(/\{/g)].map((m) => m.index);
      const i = opens[k % Math.max(1, opens.length)];
      return i === undefined
        ? json
        : `${json.slice(0, i + 1)}${key}${json[i + 1] === '}' ? '' : ','}${json.slice(i + 1)}`;
    };
    return { link: linkOf(splice(s.payload)), text: splice(s.text) };
  }),
  // One payload field, or one op, replaced by random JSON.
  fc
    .tuple(
      sampleArb,
      fc.constantFrom('t', 'd', 'c', 'l', 'o', 's', 'x', 'p', 'op'),
      fc.nat(),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map(([s, field, k, v]) => {
      const payload = JSON.parse(s.payload) as Record<string, unknown>;
      const scenario = JSON.parse(s.text) as Record<string, unknown>;
      const ops = payload.o as unknown[];
      if (field === 'op' && ops.length > 0) {
        ops[k % ops.length] = v;
        (scenario.ops as unknown[])[k % ops.length] = v;
      } else {
        payload[field] = v;
        scenario[field] = v;
      }
      return { link: linkOf(JSON.stringify(payload)), text: JSON.stringify(scenario) };
    }),
);

function expectReadable(r: DecodedLink, input: string) {
  expect(r.length).toBe(input.length);
  if (r.ok) return;
  expect(KINDS).toContain(r.kind);
  expect(r.message.trim()).not.toBe('');
  // The catch-all in decodeLink must never be what answered.
  expect(r.message).not.toContain('could not be read');
  for (const p of r.problems) expect(p.trim()).not.toBe('');
}

describe('fuzzing decodeLink and parseScenarioText', () => {
  it('10,000 hostile inputs: ok or a readable error, never an exception', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(caseArb, ({ link, text }) => {
        const r = decodeLink(link);
        expectReadable(r, link);
        seen.add(r.ok ? 'ok' : r.kind);
        const parsed = parseScenarioText(text);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const e of parsed.errors) expect(typeof e === 'string' && e.trim() !== '').toBe(true);
        }
      }),
      { numRuns: 10000 },
    );
    // The mutations reach every failure class that plain damage can produce.
    for (const kind of ['ok', 'empty', 'foreign', 'newer', 'truncated', 'damaged', 'invalid'])
      expect(seen).toContain(kind);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('100,000 levels of nesting, as link and as file text', () => {
    for (let shape = 0; shape < 5; shape++) {
      const text = nested(100000, shape);
      const link = linkOf(text);
      const r = decodeLink(link);
      expectReadable(r, link);
      expect(r.ok).toBe(false);
      const parsed = parseScenarioText(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0]).toMatch(/^\S+: \S/);
    }
  }, 30_000);
});
