/** What-if sweeps: the form's ranges, the worker protocol, and the runner that deals rows to workers. */
export { AXES, checkDraft, DEFAULT_DRAFT, PART_LABELS, rangeValues, type RangeFieldId, type SweepDraft } from './sweepForm';
export { MAX_WORKERS, splitRows, startSweep, workerCount, type SweepJob, type SweepWorker } from './sweepRunner';
export type { SweepReply, SweepRequest } from './sweepProtocol';
