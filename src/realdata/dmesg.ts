import { suggestConfig } from './dmesgConfig';
import { scanDmesg } from './dmesgScan';
import type { DmesgOptions, ParsedDmesg } from './dmesgTypes';

/**
 * Reads the percpu setup lines out of a pasted boot log and suggests the config that
 * reproduces them. Never throws: anything it cannot use becomes a problem naming the line.
 */
export function parseDmesg(text: string, options: DmesgOptions = {}): ParsedDmesg {
  try {
    const scan = scanDmesg(typeof text === 'string' ? text : '');
    const suggestion = suggestConfig(scan.records, options);
    return {
      config: suggestion.config,
      lines: scan.records,
      problems: [...scan.problems, ...suggestion.problems],
      context: scan.context,
      unreadable: scan.unreadable,
      quotedPrintable: scan.quotedPrintable,
    };
  } catch (error) {
    // A safety net for the UI only: every known bad input is reported above, not thrown.
    return {
      config: {},
      lines: [],
      problems: [`could not read the log: ${String(error)}`],
      context: [],
      unreadable: [],
      quotedPrintable: false,
    };
  }
}
