/** Comparing a scenario with a variant of its config: the spec, the divergence, and words for them. */
export {
  compareLinkParam,
  compareSpecFromParam,
  DEFAULT_COMPARE_SPEC,
  formatCompareSpec,
  OVERRIDE_FIELDS,
  parseCompareSpec,
  resolveCompare,
  type CompareSpec,
  type OverrideField,
  type Overrides,
} from './compareSpec';
export { draftOf, draftSpec, type CompareChoice, type CompareDraft, type DraftErrors } from './compareDraft';
export { firstChunkDifference, type ChunkDifference } from './chunkDifference';
export { configChanges, onlyIgnoredFieldsDiffer, sameConfig, variantName, type FieldChange } from './configDifference';
export { describeWhy, stepName } from './describeDivergence';
export {
  divergence,
  stepFlag,
  STEP_DIFFERENT,
  STEP_LEFT_FAILS,
  STEP_LEFT_MISSING,
  STEP_RIGHT_FAILS,
  STEP_RIGHT_MISSING,
  STEP_SAME,
  type Divergence,
  type DivergenceWhy,
  type Side,
  type StepFlag,
} from './divergence';
export { failingSide, FLAG_NAMES, flagRuns, isOneSided, type FlagRun } from './flagRuns';
