import * as z from 'zod/mini';
import type { Config, Op, Scenario } from '../engine/types';
import {
  CONFIG_DEFAULTS,
  CONFIG_LIMITS as L,
  MAX_DESCRIPTION,
  MAX_LABEL,
  MAX_OPS,
  MAX_TITLE,
  withDefaults,
} from './defaults';
import { CURRENT_SCENARIO_VERSION, eraConfigFields, eraConfigProblems, hasEraFields } from './eraSchema';
import { boundedSafeParse, type FastPaths } from './boundedParse';
import { fastOp } from './fastOp';
import { MAX_PROBLEMS, ProblemList } from './problemList';
import { visibleText } from './visibleText';
import { lectureProblems, lectureSchema, type Lecture, type LecturedScenario } from './lectureSchema';
import { isRecord } from './isRecord';
import { describeValue } from './describeValue';

/**
 * Scenario format versions (formats.md): 2 = 1 + optional fields (a lecture; the config's era,
 * firstChunk and up). Migration 1 → 2 only sets the version (eraSchema.ts: migrateScenarioV1ToV2), so the
 * schema reads both as they are; the new fields need version 2.
 */
export { CURRENT_SCENARIO_VERSION };

/**
 * The version a scenario is written as: the lowest that holds what it uses. Without a lecture or
 * a version-2 config field it is a version-1 scenario, byte for byte as before, so older readers
 * still open it.
 */
export function formatVersionOf(scenario: Scenario): 1 | 2 {
  return versionHolding(scenario.config, (scenario as LecturedScenario).lecture);
}

function versionHolding(config: unknown, lecture: unknown): 1 | 2 {
  return lecture !== undefined || hasEraFields(config) ? 2 : 1;
}

/**
 * zod's mini build: the same validator at a quarter of the bundle size (it loads with the app).
 * The one validator for scenarios (app, share links, files, CLI). Messages are written for
 * people: each problem becomes `path: reason`.
 */

const required = (what: string) => (iss: { input: unknown }) =>
  iss.input === undefined ? 'is required' : `expected ${what}, got ${describeValue(iss.input)}`;

function integer(min: number, max: number) {
  return z.number({ error: required('an integer') }).check((ctx) => {
    const v = ctx.value;
    if (!Number.isInteger(v)) ctx.issues.push({ code: 'custom', input: v, message: 'must be an integer' });
    else if (v < min || v > max)
      ctx.issues.push({ code: 'custom', input: v, message: `must be between ${min} and ${max} (got ${v})` });
  });
}

/** A power of two up to max (the lower bound of atomSize depends on pageSize: crossFieldProblems). */
function powerOfTwo(max: number) {
  return z.number({ error: required('a power of two') }).check((ctx) => {
    const v = ctx.value;
    if (!Number.isInteger(v) || v < 1 || !Number.isInteger(Math.log2(v)))
      ctx.issues.push({ code: 'custom', input: v, message: `${v} is not a power of two` });
    else if (v > max) ctx.issues.push({ code: 'custom', input: v, message: `must be at most ${max} (got ${v})` });
  });
}

const text = (max: number) =>
  z.string({ error: required('text') }).check(
    z.maxLength(max, {
      error: (iss) => `must be at most ${max} characters (got ${String((iss.input as string).length)})`,
    }),
  );

const bool = z.boolean({ error: required('true or false') });

/** The error for a value that should be an object (unknown keys are reported separately). */
const objectError = (what: string) => (iss: { code?: string; input: unknown }) =>
  iss.code === 'invalid_type' ? `expected ${what}, got ${describeValue(iss.input)}` : undefined;

const configSchema = z.strictObject(
  {
    earlyAlloc: z.optional(bool),
    pageSize: z.optional(
      z.number({ error: required('a page size') }).check(
        z.refine((v) => (L.pageSize as readonly number[]).includes(v), {
          error: (iss) => `must be one of ${L.pageSize.join(', ')} (got ${String(iss.input)})`,
        }),
      ),
    ),
    cpus: z.optional(integer(L.cpus.min, L.cpus.max)),
    cpuToNode: z.optional(
      z.array(integer(L.node.min, L.node.max), { error: required('an array of node numbers') }).check(
        z.maxLength(L.cpus.max, {
          error: (iss) => `at most ${L.cpus.max} entries (got ${String((iss.input as unknown[]).length)})`,
        }),
      ),
    ),
    staticSize: z.optional(integer(L.staticSize.min, L.staticSize.max)),
    reservedSize: z.optional(integer(L.reservedSize.min, L.reservedSize.max)),
    dynSize: z.optional(integer(L.dynSize.min, L.dynSize.max)),
    atomSize: z.optional(powerOfTwo(2 ** L.atomSize.maxLog2)),
    earlySize: z.optional(integer(L.earlySize.min, L.earlySize.max)),
    earlySlots: z.optional(integer(L.earlySlots.min, L.earlySlots.max)),
    ...eraConfigFields,
  },
  { error: objectError('a config object') },
);

const opSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({
      op: z.literal('alloc'),
      size: integer(L.allocSize.min, L.allocSize.max),
      align: powerOfTwo(L.align.max),
      reserved: z.optional(bool),
      label: z.optional(text(MAX_LABEL)),
    }),
    z.strictObject({ op: z.literal('free'), alloc: integer(0, MAX_OPS - 1) }),
    z.strictObject({ op: z.literal('slab-online') }),
    z.strictObject({ op: z.literal('mark'), label: text(MAX_LABEL) }),
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `must be one of alloc, free, slab-online, mark (got ${describeValue((iss.input as { op?: unknown } | undefined)?.op)})`
        : `expected an op object, got ${describeValue(iss.input)}`,
  },
);

/** Good ops skip zod (fastOp gives zod's own result); anything else goes through opSchema. */
const FAST_PATHS: FastPaths = new Map([[opSchema, fastOp]]);

/** For tests: the op schema the fast path stands in for. */
export const opSchemaForTests = opSchema;

export const scenarioSchema = z.strictObject(
  {
    format: z.literal('percpu-scenario', {
      error: (iss) => `must be "percpu-scenario" (got ${describeValue(iss.input)})`,
    }),
    version: z.union([z.literal(1), z.literal(CURRENT_SCENARIO_VERSION)], {
      error: (iss) => `must be 1 or ${CURRENT_SCENARIO_VERSION} (got ${describeValue(iss.input)})`,
    }),
    title: z.optional(text(MAX_TITLE)),
    description: z.optional(text(MAX_DESCRIPTION)),
    config: z.optional(configSchema),
    ops: z.array(opSchema, { error: required('an array of ops') }).check(
      z.maxLength(MAX_OPS, {
        error: (iss) => `at most ${MAX_OPS} ops (got ${String((iss.input as unknown[]).length)})`,
      }),
    ),
    lecture: z.optional(lectureSchema),
  },
  { error: objectError('a scenario object') },
);

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < MAX_OPS;

/** Config rules between fields, checked only where each field on its own is acceptable. */
function configProblems(config: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const cpus = config.cpus ?? CONFIG_DEFAULTS.cpus;
  const validCpus = Number.isInteger(cpus) && (cpus as number) >= L.cpus.min && (cpus as number) <= L.cpus.max;
  // An array over the cap is already reported as too long; its length against cpus would only repeat it.
  const nodes = Array.isArray(config.cpuToNode) && config.cpuToNode.length <= L.cpus.max ? config.cpuToNode : null;
  if (validCpus && nodes && nodes.length !== cpus) {
    problems.push(`config.cpuToNode: expected ${String(cpus)} entries, got ${nodes.length}`);
  }
  const pageSize = config.pageSize ?? CONFIG_DEFAULTS.pageSize;
  const atomSize = config.atomSize ?? CONFIG_DEFAULTS.atomSize;
  const validPage = (L.pageSize as readonly unknown[]).includes(pageSize);
  const validAtom = Number.isInteger(atomSize) && Number.isInteger(Math.log2(atomSize as number));
  if (validPage && validAtom && (atomSize as number) < (pageSize as number)) {
    problems.push(`config.atomSize: must be at least the page size ${String(pageSize)} (got ${String(atomSize)})`);
  }
  return problems;
}

/** What each free names, and slab-online at most once. Ops too malformed to judge are skipped. */
function opProblems(ops: unknown[]): string[] {
  const problems: string[] = [];
  const freedBy = new Map<number, number>();
  let slabAt = -1;
  ops.forEach((op, i) => {
    if (!isRecord(op)) return;
    if (op.op === 'free' && isIndex(op.alloc)) {
      const target = op.alloc;
      const named = ops[target];
      if (target >= i) problems.push(`ops[${i}].alloc: ops[${target}] is not an earlier op`);
      else if (!isRecord(named) || named.op !== 'alloc')
        problems.push(`ops[${i}].alloc: ops[${target}] is not an alloc`);
      else if (freedBy.has(target))
        problems.push(`ops[${i}].alloc: ops[${target}] is already freed by ops[${freedBy.get(target)!}]`);
      else freedBy.set(target, i);
    } else if (op.op === 'slab-online') {
      if (slabAt >= 0) problems.push(`ops[${i}]: slab-online may appear only once (already at ops[${slabAt}])`);
      else slabAt = i;
    }
  });
  return problems;
}

/**
 * Rules that span fields: cpuToNode length, atomSize against pageSize, what a free names,
 * slab-online once. Read from the raw input so they are reported beside any field errors.
 */
function crossFieldProblems(input: unknown): string[] {
  if (!isRecord(input)) return [];
  return [
    ...(isRecord(input.config) ? configProblems(input.config) : []),
    ...eraConfigProblems(input),
    // An over-long ops array is already reported; walking it would be unbounded work.
    ...(Array.isArray(input.ops) && input.ops.length <= MAX_OPS ? opProblems(input.ops) : []),
    ...(Array.isArray(input.ops) && input.ops.length <= MAX_OPS ? lectureProblems(input.lecture, input.ops) : []),
    ...(input.lecture !== undefined && input.version === 1
      ? ['lecture: needs scenario version 2 (this scenario says version 1)']
      : []),
  ];
}

/** Field names come from the input: one 10 MB key must not make a 10 MB message. */
const MAX_KEY_SHOWN = 40;
const shownKey = (key: string) => visibleText(key.length > MAX_KEY_SHOWN ? key.slice(0, MAX_KEY_SHOWN) + '…' : key);

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : out ? `.${shownKey(String(key))}` : shownKey(String(key));
  return out || '(scenario)';
}

function addIssueMessages(issues: readonly z.core.$ZodIssue[], list: ProblemList) {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (list.full) {
          list.addUnwritten(1);
          continue;
        }
        list.add(`${formatPath([...issue.path, key])}: unknown field`);
      }
    } else {
      list.add(`${formatPath(issue.path)}: ${issue.message}`);
    }
  }
}

/**
 * errors holds at most MAX_PROBLEMS `path: reason` lines, then "… and N more problems" when
 * there were more (problemList.ts).
 */
export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

type SchemaRead =
  { success: true; data: z.infer<typeof scenarioSchema>; errors: string[] } | { success: false; errors: string[] };

/** The newest `version` the schema accepts (found by asking it, so adding a version needs no change here). */
const NEWEST_VERSION = (() => {
  let newest = 1;
  for (let v = 1; v <= 16; v++) if (z.safeParse(scenarioSchema.shape.version, v).success) newest = v;
  return newest;
})();

/** "must be 1 (got number 2)" says nothing useful about a file from a newer Percpu Explorer. */
function newerVersionProblem(input: unknown): string | null {
  if (!isRecord(input) || input.format !== 'percpu-scenario') return null;
  const v = input.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= NEWEST_VERSION) return null;
  return `version: this file was made by a newer version of Percpu Explorer (scenario format ${shownKey(String(v))}); this one reads up to version ${NEWEST_VERSION} — update Percpu Explorer to open it`;
}

/** The schema and the cross-field rules, bounded in work and in message count for any input. */
function readWithSchema(input: unknown): SchemaRead {
  try {
    const result = boundedSafeParse(scenarioSchema, input, MAX_PROBLEMS, FAST_PATHS);
    const list = new ProblemList();
    const newer = newerVersionProblem(input);
    const shown = newer ? result.issues.filter((i) => formatPath(i.path) !== 'version') : result.issues;
    if (newer) list.add(newer);
    addIssueMessages(shown, list);
    const written = result.issues.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
    list.addUnwritten(result.total - written);
    for (const problem of crossFieldProblems(input)) list.add(problem);
    const errors = list.result();
    return result.total === 0 && errors.length === 0
      ? { success: true, data: result.data as z.infer<typeof scenarioSchema>, errors }
      : { success: false, errors };
  } catch (e) {
    // Nothing above is expected to throw; if it ever does, the input is refused, never the page.
    const why = e instanceof Error ? e.message : String(e);
    return { success: false, errors: [`(scenario): could not be checked (${why.slice(0, 80)})`] };
  }
}

/** Validates a parsed JSON value and fills defaults. Never throws, and its work is bounded for any input. */
export function parseScenario(input: unknown): ScenarioParse {
  const result = readWithSchema(input);
  const errors = result.errors;
  if (!result.success || errors.length) return { ok: false, errors };
  const s = result.data;
  const scenario: LecturedScenario = {
    format: 'percpu-scenario',
    version: versionHolding(s.config, s.lecture),
    ...(s.title !== undefined && { title: s.title }),
    ...(s.description !== undefined && { description: s.description }),
    config: withDefaults(s.config ?? {}) satisfies Config,
    ops: s.ops as Op[],
    ...(s.lecture !== undefined && { lecture: s.lecture as Lecture }),
  };
  return { ok: true, scenario };
}

/** Parses JSON text then validates; a syntax error is reported like any other problem. */
export function parseScenarioText(text: string): ScenarioParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Engines quote the text near the error; a binary file must not make that a flood.
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`(file): not valid JSON (${why.length > 160 ? why.slice(0, 160) + '…' : why})`] };
  }
  return parseScenario(value);
}
