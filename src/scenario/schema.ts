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
import { lectureProblems, lectureSchema, type Lecture, type LecturedScenario } from './lectureSchema';

/**
 * Scenario format versions (formats.md): 2 = 1 + optional fields (a lecture). A version-1
 * scenario is upgraded by setting its version; nothing else changes, so old files still open.
 */
export const CURRENT_SCENARIO_VERSION = 2;

/** SCENARIO_MIGRATIONS[n - 1] turns a version-n scenario object into a version-(n + 1) one. */
const SCENARIO_MIGRATIONS: readonly ((input: Record<string, unknown>) => Record<string, unknown>)[] = [
  (v1) => ({ ...v1, version: 2 }),
];

/**
 * The version a scenario is written as: the lowest that holds what it uses. Without a lecture it
 * is a version-1 scenario, byte for byte as before, so older readers still open it.
 */
export function formatVersionOf(scenario: Scenario): 1 | 2 {
  return (scenario as LecturedScenario).lecture ? 2 : 1;
}

/** Upgrades a scenario object step by step to the current version; anything else passes through. */
export function upgradeScenario(input: unknown): unknown {
  if (!isRecord(input)) return input;
  let current = input;
  while (
    Number.isInteger(current.version) &&
    (current.version as number) >= 1 &&
    (current.version as number) < CURRENT_SCENARIO_VERSION
  ) {
    current = SCENARIO_MIGRATIONS[(current.version as number) - 1]!(current);
  }
  return current;
}

/**
 * zod's mini build: the same validator at a quarter of the bundle size (it loads with the app).
 * The one validator for scenarios (app, share links, files, CLI). Messages are written for
 * people: each problem becomes `path: reason`.
 */

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 20 ? value.slice(0, 20) + '…' : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const required = (what: string) => (iss: { input: unknown }) =>
  iss.input === undefined ? 'is required' : `expected ${what}, got ${describe(iss.input)}`;

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
  iss.code === 'invalid_type' ? `expected ${what}, got ${describe(iss.input)}` : undefined;

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
    cpuToNode: z.optional(z.array(integer(L.node.min, L.node.max), { error: required('an array of node numbers') })),
    staticSize: z.optional(integer(L.staticSize.min, L.staticSize.max)),
    reservedSize: z.optional(integer(L.reservedSize.min, L.reservedSize.max)),
    dynSize: z.optional(integer(L.dynSize.min, L.dynSize.max)),
    atomSize: z.optional(powerOfTwo(2 ** L.atomSize.maxLog2)),
    earlySize: z.optional(integer(L.earlySize.min, L.earlySize.max)),
    earlySlots: z.optional(integer(L.earlySlots.min, L.earlySlots.max)),
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
        ? `must be one of alloc, free, slab-online, mark (got ${describe((iss.input as { op?: unknown } | undefined)?.op)})`
        : `expected an op object, got ${describe(iss.input)}`,
  },
);

export const scenarioSchema = z.strictObject(
  {
    format: z.literal('percpu-scenario', { error: (iss) => `must be "percpu-scenario" (got ${describe(iss.input)})` }),
    version: z.literal(CURRENT_SCENARIO_VERSION, {
      error: (iss) => `must be 1 or ${CURRENT_SCENARIO_VERSION} (got ${describe(iss.input)})`,
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < MAX_OPS;

/** Config rules between fields, checked only where each field on its own is acceptable. */
function configProblems(config: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const cpus = config.cpus ?? CONFIG_DEFAULTS.cpus;
  const validCpus = Number.isInteger(cpus) && (cpus as number) >= L.cpus.min && (cpus as number) <= L.cpus.max;
  if (validCpus && Array.isArray(config.cpuToNode) && config.cpuToNode.length !== cpus) {
    problems.push(`config.cpuToNode: expected ${String(cpus)} entries, got ${config.cpuToNode.length}`);
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
    ...(Array.isArray(input.ops) ? opProblems(input.ops) : []),
    ...(Array.isArray(input.ops) ? lectureProblems(input.lecture, input.ops) : []),
  ];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(scenario)';
}

function issueMessages(issues: readonly z.core.$ZodIssue[]): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(`${formatPath([...issue.path, key])}: unknown field`);
    } else {
      out.push(`${formatPath(issue.path)}: ${issue.message}`);
    }
  }
  return out;
}

export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Validates a parsed JSON value and fills defaults. Never throws. */
export function parseScenario(original: unknown): ScenarioParse {
  const input = upgradeScenario(original);
  const result = scenarioSchema.safeParse(input);
  const errors = [...(result.success ? [] : issueMessages(result.error.issues)), ...crossFieldProblems(input)];
  if (!result.success || errors.length) return { ok: false, errors };
  const s = result.data;
  const scenario: LecturedScenario = {
    format: 'percpu-scenario',
    version: s.lecture !== undefined ? 2 : 1,
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
    return { ok: false, errors: [`(file): not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return parseScenario(value);
}
