/** Real kernel data: boot-log (dmesg) and trace-event (ftrace) readers. */
export { parseDmesg } from './dmesg';
export { applySuggestion } from './dmesgConfig';
export { compareDmesg, type DmesgComparison, type LineComparison, type ModelSetup } from './dmesgCompare';
export type {
  AllocInfoRecord,
  DmesgOptions,
  DmesgRecord,
  DumpAllocation,
  EmbeddedRecord,
  GroupsRecord,
  PageChunkRecord,
  ParsedDmesg,
} from './dmesgTypes';
export { parseFtrace, type FtraceStats, type ParsedFtrace } from './ftrace';
