import { create } from 'zustand';
import {
  compareLinkParam,
  compareSpecFromSearch,
  DEFAULT_COMPARE_SPEC,
  parseCompareSpec,
  type CompareSpec,
  type OverrideField,
} from '../../compare';

export type CompareChoice = 'flip' | 'custom';

/** What the form holds: the choice, and the override fields as typed (blank = keep the current value). */
export interface CompareDraft {
  choice: CompareChoice;
  earlySlots: string;
  earlySize: string;
}

export type DraftErrors = Partial<Record<OverrideField | 'form', string>>;

interface CompareState {
  draft: CompareDraft;
  /** The comparison on screen: the last valid draft. */
  spec: CompareSpec;
  errors: DraftErrors;
  /** Problems with the link's compare= value, shown once above the form. */
  linkProblems: string[];
  linkRead: boolean;
  setChoice: (choice: CompareChoice) => void;
  setField: (field: OverrideField, text: string) => void;
  /** Presets the comparison from `compare=` the first time the view mounts in this page. */
  readLinkOnce: (search: unknown) => void;
}

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

function draftOf(spec: CompareSpec): CompareDraft {
  if (spec.kind === 'flipEarlyAlloc') return { choice: 'flip', earlySlots: '', earlySize: '' };
  const text = (v: number | undefined) => (v === undefined ? '' : String(v));
  return { choice: 'custom', earlySlots: text(spec.overrides.earlySlots), earlySize: text(spec.overrides.earlySize) };
}

/** Outside React so the choice survives switching modes, and a share-link helper can read `spec`. */
export const useCompare = create<CompareState>()((set, get) => {
  const apply = (draft: CompareDraft) => {
    const checked = draftSpec(draft);
    if ('spec' in checked) set({ draft, spec: checked.spec, errors: {} });
    else set({ draft, errors: checked.errors });
  };
  return {
    draft: draftOf(DEFAULT_COMPARE_SPEC),
    spec: DEFAULT_COMPARE_SPEC,
    errors: {},
    linkProblems: [],
    linkRead: false,
    setChoice: (choice) => apply({ ...get().draft, choice }),
    setField: (field, text) => apply({ ...get().draft, [field]: text }),
    readLinkOnce: (search) => {
      if (get().linkRead) return;
      const { spec, problems } = compareSpecFromSearch(search);
      set({ linkRead: true, linkProblems: problems });
      if (spec) apply(draftOf(spec));
    },
  };
});

/** The `compare=` value of the comparison on screen (for share links). */
export function currentCompareParam(): string {
  return compareLinkParam(useCompare.getState().spec);
}
