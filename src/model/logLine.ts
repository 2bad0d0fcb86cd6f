import type { DmesgKind } from '../engine/dmesg';

export type LogKind = 'setup' | 'warn' | 'fail';

/**
 * How a dmesg line is shown, from the kind the engine printed it with: WARN lines and
 * failure lines (the failure itself, the limit line, the line that ends the boot) stand out,
 * with an icon, not colour alone.
 */
export function logKind(kind: DmesgKind): LogKind {
  return kind === 'setup' || kind === 'warn' ? kind : 'fail';
}

export const LOG_ICON: Record<LogKind, string> = { setup: '', warn: '⚠', fail: '✖' };
export const LOG_WORD: Record<LogKind, string> = { setup: 'setup', warn: 'warning', fail: 'failure' };

export interface LogEntry {
  line: string;
  /** The op that printed it, or null for setup lines. */
  step: number | null;
  kind: DmesgKind;
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
