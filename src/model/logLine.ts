export type LogKind = 'setup' | 'warn' | 'fail' | 'info';

/** How a dmesg line is shown: WARN lines and failure lines stand out (with an icon, not colour alone). */
export function logKind(line: string, step: number | null): LogKind {
  if (line.startsWith('WARNING:') || line.startsWith('illegal size (')) return 'warn';
  if (
    line.startsWith('PERCPU: allocation failed') ||
    line.startsWith('PERCPU: limit reached') ||
    line.startsWith('BUG:') ||
    line.startsWith('percpu: model halted')
  ) {
    return 'fail';
  }
  return step === null ? 'setup' : 'info';
}

export const LOG_ICON: Record<LogKind, string> = { setup: '', info: '', warn: '⚠', fail: '✖' };
export const LOG_WORD: Record<LogKind, string> = { setup: 'setup', info: '', warn: 'warning', fail: 'failure' };

export interface LogEntry {
  line: string;
  /** The op that printed it, or null for setup lines. */
  step: number | null;
}

/**
 * How many of a whole boot's lines (setup first, then in op order) are printed by the time
 * `step` ops have run: a binary search, so stepping through 100,000 ops stays cheap.
 */
export function linesUpTo(all: readonly LogEntry[], step: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const printedBy = all[mid]!.step;
    if (printedBy === null || printedBy < step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
