export { applyEdit } from './applyEdit';
export { opName, opWords } from '../scenario/describeOp';
export type { Edit, EditResult, OpsChange, Remap } from './editTypes';
export { allocBatch, everyKth, freeBatch, MAX_BATCH, type AllocBatchSpec } from './generators';
export { emptyHistory, record, redo, undo, type History, type HistoryEntry, type HistoryLimits } from './history';
export { freeableAllocs, freeChoices, freesByAlloc, type FreeChoice } from './liveChoices';
export {
  checkAllocBatchDraft,
  checkAllocDraft,
  checkEveryKth,
  checkMarkLabel,
  FIELD_NAMES,
  type AllocBatchDraft,
  type AllocDraft,
  type DraftCheck,
  type FieldErrors,
} from './opDraft';
export { deleteOp, duplicateOp, insertOps, moveOp } from './opEdits';
export { identityRemap, remapIndices, remapStep, retarget, shiftRemap } from './remap';
export { sameOps } from './sameOps';
export { effectiveOps, isSkipped, SKIP_PREFIX, toggleSkipped } from './skip';
