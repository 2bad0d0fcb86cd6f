import type { AllocOp, MarkOp } from '../engine/types';
import { MAX_LABEL } from '../scenario/defaults';
import { parseScenario } from '../scenario/schema';
import { MAX_BATCH, type AllocBatchSpec } from './generators';

/**
 * Form drafts keep exactly what was typed; checking turns them into ops or into one message per
 * field. Op fields are judged by the scenario schema itself (its words, prefixed with the field's
 * name), so the form can never accept what a loaded file would refuse.
 */

export type FieldErrors<K extends string> = Partial<Record<K, string>>;
export type DraftCheck<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

export interface AllocDraft {
  size: string;
  align: string;
  reserved: boolean;
  label: string;
}
export type AllocField = 'size' | 'align' | 'label';

export interface AllocBatchDraft extends Omit<AllocDraft, 'label'> {
  count: string;
  labelPrefix: string;
}
export type AllocBatchField = 'count' | 'size' | 'align' | 'labelPrefix';

export const FIELD_NAMES: Record<AllocField | AllocBatchField | 'k', string> = {
  size: 'Size',
  align: 'Align',
  label: 'Label',
  count: 'Count',
  labelPrefix: 'Label prefix',
  k: 'Every k-th',
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Empty → missing, a number → that number, anything else stays text (the schema names it). */
function typed(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  return NUMBER.test(t) ? Number(t) : text;
}

/** The schema's problems with one op, keyed by field: "ops[0].size: must be …" → size. */
function opFieldProblems(op: Record<string, unknown>): Map<string, string> {
  const parsed = parseScenario({ format: 'percpu-scenario', version: 1, ops: [op] });
  const out = new Map<string, string>();
  if (parsed.ok) return out;
  for (const error of parsed.errors) {
    const m = /^ops\[0\]\.(\w+): (.*)$/.exec(error);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!);
  }
  return out;
}

const named = (field: keyof typeof FIELD_NAMES, reason: string) => `${FIELD_NAMES[field]}: ${reason}`;

export function checkAllocDraft(draft: AllocDraft): DraftCheck<AllocOp, AllocField> {
  const raw = {
    op: 'alloc',
    size: typed(draft.size),
    align: typed(draft.align),
    ...(draft.reserved && { reserved: true }),
    ...(draft.label !== '' && { label: draft.label }),
  };
  const problems = opFieldProblems(raw);
  if (problems.size === 0) return { ok: true, value: raw as AllocOp };
  const errors: FieldErrors<AllocField> = {};
  for (const field of ['size', 'align', 'label'] as const) {
    const reason = problems.get(field);
    if (reason) errors[field] = named(field, reason);
  }
  return { ok: false, errors };
}

export function checkMarkLabel(label: string): DraftCheck<MarkOp, 'label'> {
  const problems = opFieldProblems({ op: 'mark', label });
  const reason = problems.get('label');
  return reason ? { ok: false, errors: { label: named('label', reason) } } : { ok: true, value: { op: 'mark', label } };
}

/** A whole number in [min, max], or the reason it is not. */
function countProblem(text: string, min: number, max: number): string | null {
  const v = typed(text);
  if (v === undefined) return 'is required';
  if (typeof v !== 'number' || !Number.isInteger(v)) return `expected a whole number, got ${JSON.stringify(text)}`;
  if (v < min || v > max) return `must be between ${min} and ${max} (got ${v})`;
  return null;
}

export function checkAllocBatchDraft(draft: AllocBatchDraft): DraftCheck<AllocBatchSpec, AllocBatchField> {
  const errors: FieldErrors<AllocBatchField> = {};
  const countReason = countProblem(draft.count, 1, MAX_BATCH);
  if (countReason) errors.count = named('count', countReason);
  const count = countReason ? 1 : Number(draft.count.trim());
  // The longest label the batch makes is "<prefix> <count>".
  const longest = draft.labelPrefix === '' ? '' : `${draft.labelPrefix} ${count}`;
  const alloc = checkAllocDraft({ size: draft.size, align: draft.align, reserved: draft.reserved, label: longest });
  if (!alloc.ok) {
    if (alloc.errors.size) errors.size = alloc.errors.size;
    if (alloc.errors.align) errors.align = alloc.errors.align;
  }
  if (longest.length > MAX_LABEL)
    errors.labelPrefix = named(
      'labelPrefix',
      `must be at most ${MAX_LABEL - 1 - String(count).length} characters so "<prefix> ${count}" fits in ${MAX_LABEL} (got ${draft.labelPrefix.length})`,
    );
  if (Object.keys(errors).length > 0 || !alloc.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      count,
      size: alloc.value.size,
      align: alloc.value.align,
      reserved: draft.reserved,
      labelPrefix: draft.labelPrefix,
    },
  };
}

export function checkEveryKth(text: string): DraftCheck<number, 'k'> {
  const reason = countProblem(text, 1, MAX_BATCH);
  return reason ? { ok: false, errors: { k: named('k', reason) } } : { ok: true, value: Number(text.trim()) };
}
