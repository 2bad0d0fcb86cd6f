import type { StepContext } from './context';

/**
 * What a kernel log line is, told by the code that prints it (never by its wording, which
 * changes between eras): setup's boot lines, a WARN, pcpu_alloc's failure line, the line
 * saying failures are no longer logged, and the line that ends the boot.
 */
export type DmesgKind = 'setup' | 'warn' | 'failure' | 'limit' | 'crash';

/** One printed line with its kind. */
export interface DmesgLine {
  text: string;
  kind: DmesgKind;
}

/** Prints lines of one kind into the step's log (and their kinds, when the caller keeps them). */
export function printk(ctx: StepContext, kind: DmesgKind, ...lines: string[]): void {
  for (const line of lines) {
    ctx.dmesg.push(line);
    ctx.kinds?.push(kind);
  }
}
