import type { Config, Op, Scenario } from '../engine/types';
import { CURRENT_SCENARIO_VERSION, ERA_CONFIG_KEYS } from '../scenario/eraSchema';
import { CONFIG_DEFAULTS, MAX_OPS } from '../scenario/defaults';
import { ProblemList } from '../scenario/problemList';
import { visibleText } from '../scenario/visibleText';
import { parseScenario } from '../scenario/schema';
import { lectureOf, type Lecture } from '../scenario/lectureSchema';
import { describeValue, shorten } from './describeValue';
import { isRecord } from '../scenario/isRecord';

/**
 * The JSON inside a v1 share link. Short keys and positional ops keep links small (a realistic
 * 1,000-op boot fits in well under 8 KB); everything expands back to the exact same scenario.
 *
 *   t  title              d  description
 *   c  config fields that differ from the defaults (cpuToNode only when not all node 0)
 *   l  label table: each distinct alloc label once, referenced by position
 *   o  ops, one entry each:
 *        [size, align]                       alloc
 *        [size, align, label]                alloc with label = l[label]
 *        [size, align, label|null, reserved] alloc with an explicit reserved flag
 *        n (number)                          free of the alloc n ops earlier
 *        "text"                              mark with that label
 *        null                                slab-online
 *   k  the lecture (v2), as in the scenario file (formats.md "version 2")
 *   s  view step (absent: 0)   x  selected alloc op index (absent: none)   p  open panel ids
 *
 * Links are written in this key order, the view last; readers take the keys in any order, as
 * links written before the order was fixed have them (s, x, p before k).
 */
export type PackedAlloc = [number, number] | [number, number, number] | [number, number, number | null, boolean];
export type PackedOp = PackedAlloc | number | string | null;

export interface LinkPayloadV1 {
  t?: string;
  d?: string;
  c?: Partial<Config>;
  l?: string[];
  o: PackedOp[];
  s?: number;
  x?: number;
  p?: string[];
  k?: Lecture;
}

/** What the viewer was looking at when the link was made. */
export interface LinkView {
  /** Steps applied, 0..ops.length. */
  step: number;
  /** Index of the selected alloc op, or null. */
  selection: number | null;
  /** Ids of the open panels, when the link records them. */
  panels?: string[];
}

export const MAX_PANELS = 32;
export const MAX_PANEL_ID = 64;

const PAYLOAD_KEYS = new Set(['t', 'd', 'c', 'l', 'o', 's', 'x', 'p', 'k']);

function compactConfig(config: Config): Partial<Config> | undefined {
  const out: Partial<Config> = {};
  for (const key of Object.keys(CONFIG_DEFAULTS) as (keyof typeof CONFIG_DEFAULTS)[]) {
    if (config[key] !== CONFIG_DEFAULTS[key]) (out as Record<string, unknown>)[key] = config[key];
  }
  const allNodeZero = config.cpuToNode.length === config.cpus && config.cpuToNode.every((n) => n === 0);
  if (!allNodeZero) out.cpuToNode = [...config.cpuToNode];
  // Format version 2's fields travel only when set, so version-1 links stay as they were.
  for (const key of ERA_CONFIG_KEYS) if (config[key] !== undefined) (out as Record<string, unknown>)[key] = config[key];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Each distinct alloc label once, in the order the ops first use it. */
export class LabelTable {
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();
  ref(label: string): number {
    let k = this.index.get(label);
    if (k === undefined) {
      k = this.labels.length;
      this.labels.push(label);
      this.index.set(label, k);
    }
    return k;
  }
}

/** One op as a link packs it (see the table above); `i` is its index in the ops. */
export function packOp(op: Op, i: number, labels: LabelTable): PackedOp {
  switch (op.op) {
    case 'alloc':
      if (op.reserved !== undefined)
        return [op.size, op.align, op.label === undefined ? null : labels.ref(op.label), op.reserved];
      return op.label === undefined ? [op.size, op.align] : [op.size, op.align, labels.ref(op.label)];
    case 'free':
      return i - op.alloc;
    case 'mark':
      return op.label;
    case 'slab-online':
      return null;
  }
}

/** The payload fields before the ops: title, description, config, labels. */
export function scenarioHead(
  scenario: Scenario,
  labels: readonly string[],
): Pick<LinkPayloadV1, 't' | 'd' | 'c' | 'l'> {
  const config = compactConfig(scenario.config);
  return {
    ...(scenario.title !== undefined && { t: scenario.title }),
    ...(scenario.description !== undefined && { d: scenario.description }),
    ...(config && { c: config }),
    ...(labels.length > 0 && { l: [...labels] }),
  };
}

/** The payload fields after the ops that belong to the scenario: the lecture. */
export const scenarioTail = (scenario: Scenario): Pick<LinkPayloadV1, 'k'> => {
  const lecture = lectureOf(scenario);
  return lecture ? { k: lecture } : {};
};

/**
 * The view's fields. They come last in the payload, after everything of the scenario, so a link
 * to another step of the same scenario repacks only them (linkEncoder.ts).
 */
export function viewFields(view: LinkView): Pick<LinkPayloadV1, 's' | 'x' | 'p'> {
  return {
    ...(view.step !== 0 && { s: view.step }),
    ...(view.selection !== null && { x: view.selection }),
    ...(view.panels !== undefined && { p: [...view.panels] }),
  };
}

export function toPayload(scenario: Scenario, view: LinkView): LinkPayloadV1 {
  const labels = new LabelTable();
  const o = scenario.ops.map((op, i) => packOp(op, i, labels));
  return { ...scenarioHead(scenario, labels.labels), o, ...scenarioTail(scenario), ...viewFields(view) };
}

export type PayloadRead = { ok: true; scenario: Scenario; view: LinkView } | { ok: false; problems: string[] };

const own = (obj: object, key: string): unknown =>
  Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;


/** Turns one packed op back into a formats.md op; values pass through so the schema can judge them. */
function unpackOp(entry: unknown, i: number, labels: readonly unknown[]): { op: unknown } | { problem: string } {
  if (entry === null) return { op: { op: 'slab-online' } };
  if (typeof entry === 'number') return { op: { op: 'free', alloc: i - entry } };
  if (typeof entry === 'string') return { op: { op: 'mark', label: entry } };
  if (!Array.isArray(entry) || entry.length < 2 || entry.length > 4) {
    return {
      problem: `ops[${i}]: not an op of a share link (expected [size, align, label?, reserved?], a number, a text or null; got ${describeValue(entry)})`,
    };
  }
  const [size, align, labelRef, reserved] = entry as unknown[];
  const op: Record<string, unknown> = { op: 'alloc', size, align };
  if (entry.length > 3) op.reserved = reserved;
  if (labelRef !== undefined && labelRef !== null) {
    if (typeof labelRef !== 'number' || !Number.isInteger(labelRef)) {
      return { problem: `ops[${i}].label: expected a label number, got ${describeValue(labelRef)}` };
    }
    if (labelRef < 0 || labelRef >= labels.length) {
      const count = `${labels.length} label${labels.length === 1 ? '' : 's'}`;
      return { problem: `ops[${i}].label: refers to label ${labelRef}, but the link has ${count}` };
    }
    op.label = labels[labelRef];
  }
  return { op };
}

function checkView(payload: Record<string, unknown>, ops: readonly Op[]): { view: LinkView; problems: string[] } {
  const problems: string[] = [];
  const view: LinkView = { step: 0, selection: null };
  const step = own(payload, 's');
  if (step !== undefined) {
    if (typeof step !== 'number') problems.push(`step: expected an integer, got ${describeValue(step)}`);
    else if (!Number.isInteger(step)) problems.push('step: must be an integer');
    else if (step < 0 || step > ops.length) problems.push(`step: must be between 0 and ${ops.length} (got ${step})`);
    else view.step = step;
  }
  const sel = own(payload, 'x');
  if (sel !== undefined && sel !== null) {
    if (typeof sel !== 'number') problems.push(`selection: expected an op index, got ${describeValue(sel)}`);
    else if (!Number.isInteger(sel)) problems.push('selection: must be an integer');
    else if (sel < 0 || sel >= ops.length)
      problems.push(`selection: there is no ops[${sel}] (the scenario has ${ops.length} ops)`);
    else if (ops[sel]!.op !== 'alloc') problems.push(`selection: ops[${sel}] is not an alloc`);
    else view.selection = sel;
  }
  const panels = own(payload, 'p');
  if (panels !== undefined) {
    if (!Array.isArray(panels)) problems.push(`panels: expected an array of panel ids, got ${describeValue(panels)}`);
    else if (panels.length > MAX_PANELS) problems.push(`panels: at most ${MAX_PANELS} panels (got ${panels.length})`);
    else {
      const bad = panels.findIndex((id) => typeof id !== 'string' || id.length === 0 || id.length > MAX_PANEL_ID);
      if (bad >= 0)
        problems.push(
          `panels[${bad}]: expected a panel id of 1 to ${MAX_PANEL_ID} characters, got ${describeValue(panels[bad])}`,
        );
      else view.panels = panels as string[];
    }
  }
  return { view, problems };
}

/** Expands and validates a v1 payload. Never throws; problems are `path: reason` in scenario terms. */
export function fromPayload(payload: unknown): PayloadRead {
  if (!isRecord(payload)) {
    return { ok: false, problems: [`(link): expected an object holding a scenario, got ${describeValue(payload)}`] };
  }
  // Capped: a small link can name 100,000 unknown fields or bad ops.
  const problems = new ProblemList();
  for (const key of Object.keys(payload)) {
    if (!PAYLOAD_KEYS.has(key)) problems.add(`(link).${visibleText(shorten(key, 40))}: unknown field`);
  }
  const labels = own(payload, 'l') ?? [];
  if (!Array.isArray(labels)) problems.add(`labels: expected an array of labels, got ${describeValue(labels)}`);

  let ops: unknown = own(payload, 'o');
  if (Array.isArray(ops)) {
    if (ops.length > MAX_OPS) problems.add(`ops: at most ${MAX_OPS} ops (got ${ops.length})`);
    else if (Array.isArray(labels)) {
      const list = ops as unknown[];
      ops = list.map((entry, i) => {
        const r = unpackOp(entry, i, labels);
        if ('problem' in r) problems.add(r.problem);
        return 'op' in r ? r.op : null;
      });
    }
  }
  if (problems.total > 0) return { ok: false, problems: problems.result() };

  const title = own(payload, 't');
  const description = own(payload, 'd');
  const config = own(payload, 'c');
  const lecture = own(payload, 'k');
  const candidate = {
    format: 'percpu-scenario',
    // parseScenario gives the scenario the lowest version that holds what it carries.
    version: CURRENT_SCENARIO_VERSION,
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
    ...(config !== undefined && { config }),
    ops,
    ...(lecture !== undefined && { lecture }),
  };
  const parsed = parseScenario(candidate);
  if (!parsed.ok) return { ok: false, problems: parsed.errors };
  const { view, problems: viewProblems } = checkView(payload, parsed.scenario.ops);
  if (viewProblems.length > 0) return { ok: false, problems: viewProblems };
  return { ok: true, scenario: parsed.scenario, view };
}
