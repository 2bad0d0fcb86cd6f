import * as z from 'zod/mini';
import { isRecord } from './isRecord';

/**
 * zod collects problems with `issues.push(...childIssues)`, which overflows the stack past about
 * 120,000 problems (a file of 130,000 bad ops). This wraps any schema so that cannot happen,
 * without changing its field list: long arrays found through the schema's object shapes are
 * taken out of the input and checked one element at a time (after their length cap, which zod
 * checks before any element), keeping only the first `maxIssues` problems and counting the rest.
 */

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

export interface BoundedParse {
  /** At most maxIssues issues, paths relative to the input. */
  issues: Issue[];
  /** Problems in all, counting each unknown key as one (issues may hold fewer). */
  total: number;
  /** The parsed value, when there was no issue. */
  data?: unknown;
}

/** Arrays up to this long are left to zod: their problems are few enough to collect at once. */
const ELEMENT_WISE_FROM = 256;

/**
 * Hand-written checks for some element schemas of long arrays: each returns exactly what the
 * schema would return for a value it is sure is valid, and undefined otherwise (then the
 * schema itself decides, and words the problems).
 */
export type FastPaths = ReadonlyMap<Schema, (value: unknown) => unknown>;

interface Detached {
  path: PropertyKey[];
  schema: Schema;
  value: unknown[];
}

function unwrap(schema: Schema): Schema {
  let s = schema;
  while (s._zod.def.type === 'optional' || s._zod.def.type === 'nullable') {
    s = (s._zod.def as unknown as { innerType: Schema }).innerType;
  }
  return s;
}

/** A copy of value with every long array the schema knows of replaced by [] (and noted in out). */
function detach(schema: Schema, value: unknown, path: PropertyKey[], out: Detached[]): unknown {
  const s = unwrap(schema);
  const def = s._zod.def;
  if (def.type === 'array' && Array.isArray(value) && value.length > ELEMENT_WISE_FROM) {
    out.push({ path, schema: s, value });
    return [];
  }
  if (def.type === 'object' && isRecord(value)) {
    const shape = (def as unknown as { shape: Record<string, Schema> }).shape;
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(shape)) {
      if (!Object.hasOwn(value, key)) continue;
      const child = detach(shape[key]!, value[key], [...path, key], out);
      if (child !== value[key]) {
        copy ??= { ...value };
        copy[key] = child;
      }
    }
    return copy ?? value;
  }
  return value;
}

const issueWeight = (issue: Issue): number => (issue.code === 'unrecognized_keys' ? issue.keys.length : 1);

class IssueBudget {
  readonly issues: Issue[] = [];
  total = 0;
  constructor(private readonly max: number) {}

  add(issue: Issue, prefix: readonly PropertyKey[]) {
    this.total += issueWeight(issue);
    if (this.issues.length < this.max) this.issues.push({ ...issue, path: [...prefix, ...issue.path] });
  }

  /** Issues from a nested bounded parse, whose total may count more than it kept. */
  addAll(r: BoundedParse, prefix: readonly PropertyKey[]) {
    for (const issue of r.issues) {
      if (this.issues.length < this.max) this.issues.push({ ...issue, path: [...prefix, ...issue.path] });
    }
    this.total += r.total;
  }

  /** How many more issues are worth keeping (at least 1, so a nested parse still reports one). */
  get room(): number {
    return Math.max(1, this.max - this.issues.length);
  }
}

/** One long array: its length cap first (zod checks that without touching elements), then each element. */
function checkDetached(item: Detached, budget: IssueBudget, fast?: FastPaths): unknown[] | null {
  const lengthOnly = lengthIssues(item);
  if (lengthOnly.length > 0) {
    for (const issue of lengthOnly) budget.add(issue, item.path);
    return null;
  }
  const element = (item.schema._zod.def as unknown as { element: Schema }).element;
  const quick = fast?.get(element);
  const data: unknown[] = new Array<unknown>(item.value.length);
  let ok = true;
  for (let i = 0; i < item.value.length; i++) {
    const sure = quick?.(item.value[i]);
    if (sure !== undefined) {
      data[i] = sure;
      continue;
    }
    // Elements may hold long arrays of their own: the same bounding applies.
    const r = boundedSafeParse(element, item.value[i], budget.room, fast);
    if (r.total === 0) data[i] = r.data;
    else {
      ok = false;
      budget.addAll(r, [...item.path, i]);
    }
  }
  return ok ? data : null;
}

/** The array's own size checks (zod stops at them before reading elements when the array is too long). */
function lengthIssues(item: Detached): Issue[] {
  const checks = (item.schema._zod.def.checks ?? []) as z.core.$ZodCheck[];
  const cap = Math.min(
    Infinity,
    ...checks
      .map((c) => c._zod.def as { check: string; maximum?: number })
      .filter((d) => d.check === 'max_length' && typeof d.maximum === 'number')
      .map((d) => d.maximum!),
  );
  if (item.value.length <= cap) return [];
  const r = z.safeParse(item.schema, item.value);
  return r.success ? [] : r.error.issues;
}

function setAt(root: unknown, path: readonly PropertyKey[], value: unknown) {
  let node = root as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
  node[path[path.length - 1]!] = value;
}

/**
 * schema.safeParse(input), bounded: never throws on any JSON value, keeps at most maxIssues
 * issues. `fast` may answer for the elements of long arrays (see FastPaths).
 */
export function boundedSafeParse(schema: Schema, input: unknown, maxIssues: number, fast?: FastPaths): BoundedParse {
  const detached: Detached[] = [];
  const rest = detach(schema, input, [], detached);
  const budget = new IssueBudget(maxIssues);
  const main = z.safeParse(schema, rest);
  if (!main.success) for (const issue of main.error.issues) budget.add(issue, []);
  const parts = detached.map((item) => checkDetached(item, budget, fast));
  if (budget.total > 0 || !main.success) return { issues: budget.issues, total: budget.total };
  const data = main.data;
  detached.forEach((item, k) => setAt(data, item.path, parts[k]));
  return { issues: [], total: 0, data };
}
