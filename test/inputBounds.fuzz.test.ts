/**
 * Issue 9 item 1: no input makes validation throw or flood. 10,000 seeded mutations of real
 * scenarios, including the many-problems class (huge arrays, 10^5 unknown keys, 10^5-deep
 * nesting, 10 MB strings), go through the entry points the app and the replay command use:
 * file bytes (import, drop, CLI), a share link, an autosave record. Each gives a scenario or a
 * bounded message naming the field; an exception fails the run.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS } from '../src/scenario/problemList';
import { decodeLink } from '../src/share/linkCodec';
import { readScenarioBytes } from '../src/share/readScenarioFile';
import { formatsExample, linkOf } from '../src/share/test-support/links';
import { realisticScenario, seededRandom } from '../src/share/test-support/realisticScenario';
import { parseAutosave } from '../src/store/persistence/autosave';

type Json = unknown;
const random = seededRandom(9);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (n: number) => Math.floor(random() * n);

const BASES: Json[] = [formatsExample(), realisticScenario(30, 3), realisticScenario(60, 4)].map((s) =>
  JSON.parse(JSON.stringify(s)),
);

const many = <T = Json>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const unknownKeys = (n: number) => Object.fromEntries(many(n, (i) => [`k${i}`, i] as const));
/**
 * JSON.stringify itself overflows on 10^5 levels, so deep values are spliced into the text:
 * the edit leaves a marker string that toText replaces.
 */
const DEEP_ARRAY = '\u0000deep-array';
const DEEP_OBJECT = '\u0000deep-object';
const DEPTH = 100_000;
function toText(doc: Json): string {
  return JSON.stringify(doc)
    .replace(JSON.stringify(DEEP_ARRAY), '['.repeat(DEPTH) + '1' + ']'.repeat(DEPTH))
    .replace(JSON.stringify(DEEP_OBJECT), '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH));
}
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** The many-problems class: each is an edit of a valid scenario. */
const HUGE: ((s: Record<string, Json>) => void)[] = [
  (s) => ((s.config as Record<string, Json>).cpuToNode = many(130_000, () => 'x')),
  (s) => ((s.config as Record<string, Json>).cpuToNode = many(4096, () => -1)),
  (s) => (s.ops = many(130_000, () => ({ op: 'alloc', size: 'x', align: 'y', extra: 1 }))),
  (s) => (s.ops = many(100_000, (i) => ({ op: 'free', alloc: i + 5, what: true }))),
  (s) => (s.ops = many(100_000, () => 7)),
  (s) => Object.assign(s, unknownKeys(100_000)),
  (s) => Object.assign(s.config as object, unknownKeys(100_000)),
  (s) => ((s.ops as Json[])[0] = { op: 'alloc', size: 8, align: 8, ...unknownKeys(100_000) }),
  (s) => (s.title = DEEP_ARRAY),
  (s) => (s.config = DEEP_OBJECT),
  (s) => ((s.ops as Json[])[0] = DEEP_ARRAY),
  (s) => (s.ops = DEEP_ARRAY),
  (s) => (s.title = TEN_MB),
  (s) => (s.description = TEN_MB),
  (s) => (s[TEN_MB] = 1),
  (s) => ((s.ops as Json[])[0] = { op: 'mark', label: TEN_MB }),
  (s) => ((s.ops as Json[])[0] = { op: TEN_MB }),
];

const HOSTILE: Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -0,
  '',
  'x',
  '\u202e\u0000\u001b[2J',
  [],
  {},
  [[[]]],
  { op: 'alloc' },
  { __proto__: 1 },
  'kmalloc'.repeat(30),
  2 ** 31,
  NaN,
];

/** One small random edit somewhere in the value. */
function mutate(root: Record<string, Json>) {
  let node: Json = root;
  let parent: Record<string, Json> | Json[] = root;
  let key: string | number = 'ops';
  for (let depth = 0; depth < 4 && typeof node === 'object' && node !== null; depth++) {
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0 || random() < 0.25) break;
    parent = node as Record<string, Json>;
    key = pick(keys);
    node = (node as Record<string | number, Json>)[key];
  }
  const target = parent as Record<string | number, Json>;
  switch (int(5)) {
    case 0:
      target[key] = pick(HOSTILE);
      break;
    case 1:
      delete target[key];
      break;
    case 2:
      if (!Array.isArray(target)) target[`unknown${int(10)}`] = pick(HOSTILE);
      else target.push(pick(HOSTILE));
      break;
    case 3:
      target[key] = [target[key]];
      break;
    default:
      target[key] = typeof node === 'number' ? node * pick([-1, 2, 1e6, 0.5]) : pick(HOSTILE);
  }
}

const MORE = /^… and [\d,]+ more problems?$/;
/** A problem names what it is about: `path: reason` (the path may be "(file)", "(link)", ...). */
function expectBoundedProblems(lines: readonly string[]) {
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  for (const line of lines) {
    expect(line.length).toBeLessThan(400);
    if (!MORE.test(line)) expect(line).toMatch(/^[^\s:][^:]*: \S/);
  }
}

/**
 * lz-string packs about 100 KB a second, so making links of multi-megabyte inputs would take
 * minutes; those go through the file and autosave readers (which share the validator with links).
 */
const MAX_LINK_TEXT = 1024 * 1024;

function throughEveryEntryPoint(doc: Record<string, Json>) {
  const text = toText(doc);
  const file = readScenarioBytes(new TextEncoder().encode(text));
  if (!file.ok) expectBoundedProblems(file.errors);

  const autosave = parseAutosave(
    `{"format":"percpu-autosave","version":1,"presetId":null,"step":0,"edited":true,"scenario":${text}}`,
  );
  if (autosave.kind === 'unreadable') expect(autosave.problem.length).toBeLessThan(500);
  else expect(autosave.kind).toBe('saved');

  // A v0 link carries the scenario object as it is; the v1 reader then packs and checks it.
  if (text.length > MAX_LINK_TEXT) return { file: file.ok, autosave: autosave.kind === 'saved', link: file.ok };
  const link = decodeLink(linkOf(`{"scenario":${text}}`, 0));
  if (!link.ok) {
    expect(link.message.length).toBeLessThan(1000);
    if (link.problems.length > 0) expectBoundedProblems(link.problems);
  }
  return { file: file.ok, autosave: autosave.kind === 'saved', link: link.ok };
}

describe('bounded validation (issue 9, item 1)', () => {
  it(
    'the many-problems class gives a bounded message naming the field through files, links and autosave',
    { timeout: 600_000 },
    () => {
      for (const edit of HUGE) {
        const doc = structuredClone(pick(BASES)) as Record<string, Json>;
        edit(doc);
        const r = throughEveryEntryPoint(doc);
        expect(r).toEqual({ file: false, autosave: false, link: false });
      }
    },
  );

  it('a link of 100,000 bad ops (1 MB unpacked) is refused with 100 problems and a count', { timeout: 120_000 }, () => {
    const link = decodeLink(linkOf(JSON.stringify({ o: many(100_000, () => ['x', 8]) })));
    expect(link.ok).toBe(false);
    if (!link.ok) {
      expect(link.kind).toBe('invalid');
      expect(link.problems).toHaveLength(MAX_PROBLEMS + 1);
      expect(link.problems.at(-1)).toBe('… and 99,900 more problems');
      expect(link.message).toBe(
        'the link\'s scenario is not valid: ops[0].size: expected an integer, got the text "x"; ops[1].size: expected an integer, got the text "x"; ops[2].size: expected an integer, got the text "x" (and 99,997 more problems)',
      );
    }
  });

  it('the file from the report: 130,000 bad cpuToNode entries say so in one line', { timeout: 120_000 }, () => {
    const text = JSON.stringify({ config: { cpuToNode: many(130_000, () => 'x') } });
    const r = readScenarioBytes(new TextEncoder().encode(text));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('config.cpuToNode: at most 4096 entries (got 130000)');
  });

  it('100,000 bad ops stop at 100 problems and count the rest', { timeout: 120_000 }, () => {
    const doc = structuredClone(BASES[0]) as Record<string, Json>;
    doc.ops = many(100_000, () => ({ op: 'alloc', size: 'x', align: 8 }));
    const r = readScenarioBytes(new TextEncoder().encode(JSON.stringify(doc)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(MAX_PROBLEMS + 1);
      expect(r.errors[0]).toBe('ops[0].size: expected an integer, got the text "x"');
      expect(r.errors.at(-1)).toBe('… and 99,900 more problems');
    }
  });

  it('10,000 random edits: each a scenario or bounded problems, never a throw', { timeout: 600_000 }, () => {
    const outcomes = { ok: 0, refused: 0 };
    for (let n = 0; n < 10_000; n++) {
      const doc = structuredClone(pick(BASES)) as Record<string, Json>;
      for (let k = 1 + int(3); k > 0; k--) mutate(doc);
      const r = throughEveryEntryPoint(doc);
      // The file and the autosave use the same schema, so they agree.
      expect(r.autosave).toBe(r.file);
      if (r.file) outcomes.ok++;
      else outcomes.refused++;
    }
    // Both kinds occur, so the run tested something on each side.
    expect(outcomes.ok).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(1000);
  });
});
