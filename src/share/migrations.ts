import { ProblemList } from '../scenario/problemList';
import { visibleText } from '../scenario/visibleText';
import { describeValue, shorten } from './describeValue';
import { isRecord } from '../scenario/isRecord';

/**
 * Share links carry their payload version in the prefix (`#v1.`). Old links must keep working
 * (formats.md §3), so each version that changes the payload adds one step here that turns a
 * version-n payload into a version-(n+1) payload; a link is upgraded step by step to the current one.
 *
 * Adding v2: write `v1ToV2`, append it as MIGRATIONS[1], set CURRENT_LINK_VERSION = 2 and make
 * payload.ts read the v2 shape. v0 and v1 links then still open, via v0 -> v1 -> v2.
 */
export const CURRENT_LINK_VERSION = 2;

export type MigrationResult = { ok: true; payload: unknown } | { ok: false; problems: string[] };
export type Migration = (payload: unknown) => MigrationResult;

const V0_KEYS = new Set(['scenario', 'step', 'selected']);
const V0_SCENARIO_KEYS = new Set(['format', 'version', 'title', 'description', 'config', 'ops']);
const OP_KEYS: Record<string, ReadonlySet<string>> = {
  alloc: new Set(['op', 'size', 'align', 'reserved', 'label']),
  free: new Set(['op', 'alloc']),
  mark: new Set(['op', 'label']),
  'slab-online': new Set(['op']),
};

/**
 * v0 is the pre-release draft: `{ scenario: <formats.md scenario object>, step?, selected? }`,
 * ops as plain objects and no label table. v1 packs ops positionally (see payload.ts). Field values
 * pass through untouched, so the v1 reader still reports bad ones with their scenario path.
 */
export function v0ToV1(payload: unknown): MigrationResult {
  if (!isRecord(payload) || !isRecord(payload.scenario)) {
    return { ok: false, problems: [`(link): a v0 link holds { scenario: ... }, got ${describeValue(payload)}`] };
  }
  const problems = new ProblemList();
  for (const key of Object.keys(payload)) {
    if (!V0_KEYS.has(key)) problems.add(`(link).${visibleText(shorten(key, 40))}: unknown field in a v0 link`);
  }
  const s = payload.scenario;
  for (const key of Object.keys(s)) {
    if (!V0_SCENARIO_KEYS.has(key)) problems.add(`${visibleText(shorten(key, 40))}: unknown field`);
  }
  if (problems.total > 0) return { ok: false, problems: problems.result() };

  const labels: unknown[] = [];
  const labelIndex = new Map<unknown, number>();
  const ref = (label: unknown): number => {
    let k = labelIndex.get(label);
    if (k === undefined) {
      k = labels.length;
      labels.push(label);
      labelIndex.set(label, k);
    }
    return k;
  };
  const packOp = (op: unknown, i: number): unknown => {
    // Anything not recognisably an op stays as it is; the v1 reader names it.
    if (!isRecord(op) || typeof op.op !== 'string' || !Object.hasOwn(OP_KEYS, op.op)) return op;
    if (Object.keys(op).some((key) => !OP_KEYS[op.op as string]!.has(key))) return op;
    switch (op.op) {
      case 'alloc': {
        const label = op.label === undefined ? null : ref(op.label);
        if (op.reserved !== undefined) return [op.size, op.align, label, op.reserved];
        return label === null ? [op.size, op.align] : [op.size, op.align, label];
      }
      case 'free':
        return typeof op.alloc === 'number' ? i - op.alloc : op;
      case 'mark':
        return typeof op.label === 'string' ? op.label : op;
      default:
        return null;
    }
  };
  const ops = Array.isArray(s.ops) ? s.ops.map(packOp) : s.ops;
  return {
    ok: true,
    payload: {
      ...(s.title !== undefined && { t: s.title }),
      ...(s.description !== undefined && { d: s.description }),
      ...(s.config !== undefined && { c: s.config }),
      ...(labels.length > 0 && { l: labels }),
      ...(ops !== undefined && { o: ops }),
      ...(payload.step !== undefined && { s: payload.step }),
      ...(payload.selected !== undefined && { x: payload.selected }),
    },
  };
}

/**
 * v2 adds optional fields (`k`, the lecture: scenario format version 2); a v1 payload is a valid
 * v2 payload as it is, so the upgrade only moves the version on.
 */
export const v1ToV2: Migration = (payload) => ({ ok: true, payload });

/** MIGRATIONS[n] upgrades a version-n payload to version n+1. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

/**
 * Applies migrations in order from `fromVersion` up to `toVersion`. Never throws: a step that
 * throws on hostile input counts as a failed upgrade.
 */
export function migratePayload(
  payload: unknown,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  toVersion: number = CURRENT_LINK_VERSION,
): MigrationResult {
  let current = payload;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, problems: [`(link): there is no upgrade from v${v} to v${v + 1}`] };
    let result: MigrationResult;
    try {
      result = step(current);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, problems: [`(link): upgrading from v${v} to v${v + 1} failed (${shorten(why, 80)})`] };
    }
    if (!result.ok) return result;
    current = result.payload;
  }
  return { ok: true, payload: current };
}
