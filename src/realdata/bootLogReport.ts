import { setup } from '../engine/setup';
import type { Config } from '../engine/types';
import {
  applySuggestion,
  compareDmesg,
  parseDmesg,
  type DmesgComparison,
  type DmesgRecord,
  type ParsedDmesg,
} from '.';
import { parseScenario } from '../scenario/schema';

/** One field the log determines, beside the value the current scenario has. */
export interface SuggestionRow {
  field: keyof Config;
  fromLog: string;
  current: string;
  changes: boolean;
}

export interface BootLogReport {
  parsed: ParsedDmesg;
  /** The current config with the log's fields merged in. */
  suggested: Config;
  rows: SuggestionRow[];
  /** The log against the model booted with the suggested config, and with the current one. */
  withSuggested: DmesgComparison;
  withCurrent: DmesgComparison;
  /** Why the suggested config cannot be loaded (empty when it can). */
  configErrors: string[];
}

/** Long CPU-to-node lists stay readable: "0,0,0,0 … (24 CPUs)". */
function valueText(value: Config[keyof Config]): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 16).join(',');
    return value.length > 16 ? `${shown},… (${value.length} CPUs)` : `[${shown}]`;
  }
  return String(value);
}

const sameValue = (a: Config[keyof Config], b: Config[keyof Config]) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/**
 * Reads a pasted boot log and sets it beside the model: the numbers found, the config they
 * suggest, and a line-by-line comparison. Never throws; every problem is a sentence.
 */
export function readBootLog(text: string, current: Config): BootLogReport {
  const parsed = parseDmesg(text);
  const suggested = applySuggestion(current, parsed.config);
  const rows: SuggestionRow[] = (Object.keys(parsed.config) as (keyof Config)[]).map((field) => ({
    field,
    fromLog: valueText(suggested[field]),
    current: valueText(current[field]),
    changes: !sameValue(suggested[field], current[field]),
  }));
  const check = parseScenario({ format: 'percpu-scenario', version: 1, config: suggested, ops: [] });
  return {
    parsed,
    suggested,
    rows,
    withSuggested: compareDmesg(parsed, setup(suggested), suggested),
    withCurrent: compareDmesg(parsed, setup(current), current),
    configErrors: check.ok ? [] : check.errors,
  };
}

/** The numbers of one recognised line, in the kernel's own notation. */
export function recordNumbers(record: DmesgRecord): string {
  switch (record.kind) {
    case 'embedded':
      return `${record.pages} pages/cpu, s${record.staticSize} r${record.reservedSize} d${record.dynSize} u${record.unitSize}`;
    case 'page-chunk':
      return `${record.pages} pages/cpu of ${record.pageSize} bytes, s${record.staticSize} r${record.reservedSize} d${record.dynSize}`;
    case 'alloc-info':
      return `s${record.staticSize} r${record.reservedSize} d${record.dynSize} u${record.unitSize} alloc=${record.allocs}*${record.atomSize}`;
    case 'groups':
      return record.allocations
        .map((a) => `[${a.group}] ${a.cpus.map((c) => (c === null ? '-' : String(c))).join(' ')}`)
        .join('  ');
  }
}

export const RECORD_KIND_WORDS: Record<DmesgRecord['kind'], string> = {
  embedded: 'Embedded line',
  'page-chunk': 'Page first chunk',
  'alloc-info': 'pcpu-alloc header',
  groups: 'pcpu-alloc dump',
};

/** "3 of 3 lines match" / "1 of 3 lines differs". */
export function comparisonSummary(comparison: DmesgComparison): string {
  const total = comparison.lines.length;
  if (total === 0) return 'nothing to compare';
  const differ = comparison.lines.filter((l) => l.status === 'differs').length;
  if (differ === 0) return `all ${total} line${total === 1 ? '' : 's'} match`;
  return `${differ} of ${total} line${total === 1 ? '' : 's'} differ${differ === 1 ? 's' : ''}`;
}
