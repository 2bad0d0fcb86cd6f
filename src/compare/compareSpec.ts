import type { Config } from '../engine/types';
import { CONFIG_KEYS } from '../scenario/defaults';
import { parseScenario } from '../scenario/schema';
import { isWholeNumberText } from '../scenario/wholeNumber';

/**
 * What the right-hand side of a comparison is, written as short text so it fits a link:
 * `earlyAlloc` (the same boot with earlyAlloc flipped) or `earlySlots=32,earlySize=8192`
 * (those values on the right side's config, everything else as in the current scenario).
 */
export const OVERRIDE_FIELDS = ['earlySlots', 'earlySize'] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];
export type Overrides = Partial<Record<OverrideField, number>>;

export type CompareSpec = { kind: 'flipEarlyAlloc' } | { kind: 'overrides'; overrides: Overrides };

export const DEFAULT_COMPARE_SPEC: CompareSpec = { kind: 'flipEarlyAlloc' };
export const FLIP_EARLY_ALLOC_TEXT = 'earlyAlloc';
/** Far more than any valid spec needs; longer text is refused before it is split. */
export const MAX_SPEC_LENGTH = 200;

export type SpecParse = { ok: true; spec: CompareSpec } | { ok: false; errors: string[] };
export type CompareResolve = { ok: true; config: Config } | { ok: false; errors: string[] };

const EXPECTED = 'expected earlyAlloc, or field=value pairs such as earlySlots=32,earlySize=8192';

const quoted = (text: string) => JSON.stringify(text.length > 20 ? `${text.slice(0, 20)}…` : text);
const isOverrideField = (name: string): name is OverrideField => (OVERRIDE_FIELDS as readonly string[]).includes(name);
/** A config field a comparison may not change (named so the message can say why, not "unknown"). */
const isFixedField = (name: string) => !isOverrideField(name) && (CONFIG_KEYS as readonly string[]).includes(name);

/** Schema messages are about `config.x`; a comparison talks about `x`. */
const withoutConfigPrefix = (errors: string[]) => errors.map((e) => e.replace(/^config\./, ''));

/** The config schema's verdict on a config (or a part of one); ops are not this module's business. */
function configProblems(config: Partial<Config>): string[] {
  const parsed = parseScenario({ format: 'percpu-scenario', version: 1, config, ops: [] });
  return parsed.ok ? [] : withoutConfigPrefix(parsed.errors);
}

function readPair(part: string, overrides: Overrides, errors: string[]): void {
  const eq = part.indexOf('=');
  const name = (eq < 0 ? part : part.slice(0, eq)).trim();
  if (name === FLIP_EARLY_ALLOC_TEXT) {
    errors.push('earlyAlloc: compares with earlyAlloc flipped and takes no value or other fields; use it alone');
    return;
  }
  if (!isOverrideField(name)) {
    errors.push(
      isFixedField(name)
        ? `${name}: cannot be changed in a comparison (only earlySlots and earlySize)`
        : `${name === '' ? '(empty name)' : quoted(name)}: unknown field (expected earlySlots or earlySize)`,
    );
    return;
  }
  if (eq < 0) {
    errors.push(`${name}: expected ${name}=<whole number>`);
    return;
  }
  const value = part.slice(eq + 1).trim();
  if (overrides[name] !== undefined) errors.push(`${name}: given more than once`);
  else if (value === '') errors.push(`${name}: no value after "="`);
  else if (!isWholeNumberText(value)) errors.push(`${name}: ${quoted(value)} is not a whole number`);
  else overrides[name] = Number(value);
}

/** Reads spec text (from a link or the form). Never throws; each problem names its field. */
export function parseCompareSpec(text: unknown): SpecParse {
  if (typeof text !== 'string') return { ok: false, errors: [`compare: ${EXPECTED}`] };
  const trimmed = text.trim();
  if (trimmed.length > MAX_SPEC_LENGTH) {
    return { ok: false, errors: [`compare: too long (${trimmed.length} characters; at most ${MAX_SPEC_LENGTH})`] };
  }
  if (trimmed === '') return { ok: false, errors: [`compare: empty; ${EXPECTED}`] };
  if (trimmed === FLIP_EARLY_ALLOC_TEXT) return { ok: true, spec: { kind: 'flipEarlyAlloc' } };

  const overrides: Overrides = {};
  const errors: string[] = [];
  // A stray comma (`earlySlots=32,`) is harmless: empty parts are skipped.
  for (const part of trimmed.split(',')) if (part.trim() !== '') readPair(part, overrides, errors);
  if (errors.length === 0 && Object.keys(overrides).length === 0) errors.push(`compare: no fields; ${EXPECTED}`);
  if (errors.length === 0) errors.push(...configProblems(overrides));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, spec: { kind: 'overrides', overrides } };
}

/** The spec as text; parseCompareSpec(formatCompareSpec(s)) gives s back. Fields in a fixed order. */
export function formatCompareSpec(spec: CompareSpec): string {
  if (spec.kind === 'flipEarlyAlloc') return FLIP_EARLY_ALLOC_TEXT;
  return OVERRIDE_FIELDS.filter((f) => spec.overrides[f] !== undefined)
    .map((f) => `${f}=${spec.overrides[f]!}`)
    .join(',');
}

/**
 * The value of the `compare=` query parameter for a share link (not %-encoded: the link builder
 * encodes it, and parseViewParams / URLSearchParams decode it back).
 */
export function compareLinkParam(spec: CompareSpec): string {
  return formatCompareSpec(spec);
}

/** The right side's config: the current one with the spec applied, checked by the scenario schema. */
export function resolveCompare(spec: CompareSpec, base: Config): CompareResolve {
  const config: Config =
    spec.kind === 'flipEarlyAlloc' ? { ...base, earlyAlloc: !base.earlyAlloc } : { ...base, ...spec.overrides };
  const errors = configProblems(config);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config };
}

export interface LinkSpec {
  /** The spec the link asks for, or null when it names none (or a bad one). */
  spec: CompareSpec | null;
  /** Why the link's spec was not used, each naming the field. */
  problems: string[];
}

/** Reads `compare=` from a query string (`?a=1&compare=...`). Never throws, whatever it is given. */
/** The spec of a link's `compare=` value, as the view-parameter reader gave it (undefined: none). */
export function compareSpecFromParam(raw: string | undefined): LinkSpec {
  if (raw === undefined) return { spec: null, problems: [] };
  const parsed = parseCompareSpec(raw);
  return parsed.ok ? { spec: parsed.spec, problems: [] } : { spec: null, problems: parsed.errors };
}
