import type { StateCreator } from 'zustand';
import {
  compareSpecFromParam,
  DEFAULT_COMPARE_SPEC,
  draftOf,
  draftSpec,
  type CompareChoice,
  type CompareDraft,
  type CompareSpec,
  type DraftErrors,
  type OverrideField,
} from '../compare';
import type { ExplorerState } from './types';

export interface CompareState {
  draft: CompareDraft;
  /** The comparison on screen: the last valid draft. */
  spec: CompareSpec;
  errors: DraftErrors;
  /** Problems with the link's compare= value, shown once above the form. */
  linkProblems: string[];
}

/** Compare mode's form and the comparison it shows; it survives switching modes. */
export interface CompareSlice {
  compare: CompareState;
  setCompareChoice: (choice: CompareChoice) => void;
  setCompareField: (field: OverrideField, text: string) => void;
  /** A link's `compare=` value (read once by the persistence layer at boot). */
  openCompareParam: (raw: string | undefined) => void;
}

export const createCompareSlice: StateCreator<ExplorerState, [], [], CompareSlice> = (set, get) => {
  const apply = (draft: CompareDraft, linkProblems = get().compare.linkProblems) => {
    const checked = draftSpec(draft);
    const { compare } = get();
    set({
      compare:
        'spec' in checked
          ? { draft, spec: checked.spec, errors: {}, linkProblems }
          : { ...compare, draft, errors: checked.errors, linkProblems },
    });
  };
  return {
    compare: { draft: draftOf(DEFAULT_COMPARE_SPEC), spec: DEFAULT_COMPARE_SPEC, errors: {}, linkProblems: [] },
    setCompareChoice: (choice) => apply({ ...get().compare.draft, choice }),
    setCompareField: (field, text) => apply({ ...get().compare.draft, [field]: text }),
    openCompareParam: (raw) => {
      const { spec, problems } = compareSpecFromParam(raw);
      if (spec) apply(draftOf(spec), problems);
      else set({ compare: { ...get().compare, linkProblems: problems } });
    },
  };
};

export const selectCompareSpec = (s: ExplorerState) => s.compare.spec;
export const selectCompareDraft = (s: ExplorerState) => s.compare.draft;
export const selectCompareErrors = (s: ExplorerState) => s.compare.errors;
export const selectCompareLinkProblems = (s: ExplorerState) => s.compare.linkProblems;
