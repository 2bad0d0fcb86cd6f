import { CONFIG_LIMITS } from '../scenario/defaults';
import { withThousands } from '../scenario/describeValue';
import { isWholeNumberText } from '../scenario/wholeNumber';

/** The most values one axis may have, so a grid never exceeds 64 × 64 cells. */
export const MAX_AXIS_VALUES = 64;

export type AxisId = 'slots' | 'size';
export type RangePart = 'from' | 'to' | 'step';
export type RangeFieldId = `${AxisId}-${RangePart}`;

/** What the user typed, kept as text so a half-typed number is not lost. */
export type SweepDraft = Record<RangeFieldId, string>;

export const DEFAULT_DRAFT: SweepDraft = {
  'slots-from': '16',
  'slots-to': '256',
  'slots-step': '16',
  'size-from': '4096',
  'size-to': '32768',
  'size-step': '4096',
};

export const AXES: { id: AxisId; label: string; unit: string; min: number; max: number }[] = [
  { id: 'slots', label: 'Early slots', unit: 'map entries', ...CONFIG_LIMITS.earlySlots },
  { id: 'size', label: 'Early size', unit: 'bytes', ...CONFIG_LIMITS.earlySize },
];

export const PART_LABELS: Record<RangePart, string> = { from: 'from', to: 'to', step: 'step' };

export function fieldLabel(axis: AxisId, part: RangePart): string {
  return `${AXES.find((a) => a.id === axis)!.label} ${PART_LABELS[part]}`;
}

export type DraftCheck =
  { ok: true; slots: number[]; sizes: number[] } | { ok: false; errors: Partial<Record<RangeFieldId, string>> };

function readNumber(text: string): number | null {
  return isWholeNumberText(text.trim()) ? Number(text) : null;
}

/** The values from, from + step, … up to and including `to` when it is reached exactly. */
export function rangeValues(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

function checkAxis(draft: SweepDraft, axis: (typeof AXES)[number], errors: Partial<Record<RangeFieldId, string>>) {
  const values: Partial<Record<RangePart, number>> = {};
  for (const part of ['from', 'to', 'step'] as const) {
    const id: RangeFieldId = `${axis.id}-${part}`;
    const label = fieldLabel(axis.id, part);
    const text = draft[id];
    const n = readNumber(text);
    if (text.trim() === '') errors[id] = `${label}: enter a number`;
    else if (n === null) errors[id] = `${label}: “${text.trim().slice(0, 20)}” is not a whole number`;
    else if (part === 'step' && n < 1) errors[id] = `${label}: must be at least 1`;
    else if (part !== 'step' && (n < axis.min || n > axis.max)) {
      errors[id] = `${label}: must be between ${withThousands(axis.min)} and ${withThousands(axis.max)}`;
    } else values[part] = n;
  }
  const { from, to, step } = values;
  if (from === undefined || to === undefined || step === undefined) return null;
  if (to < from) {
    errors[`${axis.id}-to`] =
      `${fieldLabel(axis.id, 'to')}: must be at least ${fieldLabel(axis.id, 'from')} (${withThousands(from)})`;
    return null;
  }
  const count = Math.floor((to - from) / step) + 1;
  if (count > MAX_AXIS_VALUES) {
    // The smallest step s with floor((to - from) / s) + 1 <= MAX_AXIS_VALUES.
    const smallest = Math.floor((to - from) / MAX_AXIS_VALUES) + 1;
    errors[`${axis.id}-step`] =
      `${fieldLabel(axis.id, 'step')}: gives ${withThousands(count)} values, at most ${MAX_AXIS_VALUES} ` +
      `are allowed — use a step of ${withThousands(smallest)} or more, or a narrower range`;
    return null;
  }
  return rangeValues(from, to, step);
}

/** Validates both ranges; each problem is reported on the field it concerns, naming it. */
export function checkDraft(draft: SweepDraft): DraftCheck {
  const errors: Partial<Record<RangeFieldId, string>> = {};
  const slots = checkAxis(draft, AXES[0]!, errors);
  const sizes = checkAxis(draft, AXES[1]!, errors);
  if (slots && sizes) return { ok: true, slots, sizes };
  return { ok: false, errors };
}
