import { DEFAULT_COMPARE_SPEC, parseCompareSpec, type CompareSpec, type OverrideField } from './compareSpec';

export type CompareChoice = 'flip' | 'custom';

/** What the compare form holds: the choice, and the override fields as typed (blank = keep the current value). */
export interface CompareDraft {
  choice: CompareChoice;
  earlySlots: string;
  earlySize: string;
}

export type DraftErrors = Partial<Record<OverrideField | 'form', string>>;

const FIELD_OF = /^(earlySlots|earlySize): /;

/** The spec a draft asks for, or the problems, each filed under the field it names. */
export function draftSpec(draft: CompareDraft): { spec: CompareSpec } | { errors: DraftErrors } {
  if (draft.choice === 'flip') return { spec: DEFAULT_COMPARE_SPEC };
  const parts = (['earlySlots', 'earlySize'] as const)
    .filter((f) => draft[f].trim() !== '')
    .map((f) => `${f}=${draft[f].trim()}`);
  if (parts.length === 0)
    return { errors: { form: 'Enter earlySlots, earlySize or both (a blank field keeps the current value).' } };
  const parsed = parseCompareSpec(parts.join(','));
  if (parsed.ok) return { spec: parsed.spec };
  const errors: DraftErrors = {};
  for (const message of parsed.errors) {
    const field = (FIELD_OF.exec(message)?.[1] as OverrideField | undefined) ?? 'form';
    errors[field] ??= message;
  }
  return { errors };
}

/** The form that shows a spec. */
export function draftOf(spec: CompareSpec): CompareDraft {
  if (spec.kind === 'flipEarlyAlloc') return { choice: 'flip', earlySlots: '', earlySize: '' };
  const text = (v: number | undefined) => (v === undefined ? '' : String(v));
  return { choice: 'custom', earlySlots: text(spec.overrides.earlySlots), earlySize: text(spec.overrides.earlySize) };
}
