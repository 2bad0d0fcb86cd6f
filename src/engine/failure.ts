import type { StepContext } from './context';
import { printk } from './dmesg';
import type { Era } from './era';
import { logPrefix } from './setupLog';
import type { EngineState, FailureReason } from './types';

export const LIMIT_REACHED_LINE = 'PERCPU: limit reached, disable warning';
export const NULL_DEREF_LINE = 'BUG: unable to handle kernel NULL pointer dereference at (null)';
export const SLOT_WALK_HALT_LINE =
  'percpu: model halted: pcpu_alloc() would walk a corrupted slot list here (undefined behaviour in the real kernel)';
export const STRUCT_KFREE_HALT_LINE =
  "percpu: model halted: pcpu_free_chunk() would kfree() a vmalloc'd chunk struct here (undefined behaviour in the real kernel)";

/**
 * pcpu_alloc's failure line in the era's wording: 3.18 added "atomic=%d" (with
 * "percpu: implement [__]alloc_percpu_gfp()"); the model's ops are never atomic, so atomic=0.
 */
export function allocationFailedLine(era: Era | undefined, size: number, align: number, reason: string): string {
  const atomic = era === undefined || era === '2.6.36' || era === '2.6.37' ? '' : ' atomic=0';
  return `${logPrefix(era)} allocation failed, size=${size} align=${align}${atomic}, ${reason}`;
}

/** pcpu_alloc's fail path: the first ten failures of a boot are logged, the tenth says so. */
export function reportFailure(
  state: EngineState,
  size: number,
  align: number,
  reason: FailureReason,
  ctx: StepContext,
): void {
  const logged = state.warnLimit > 0;
  let limitReached = false;
  if (logged) {
    printk(ctx, 'failure', allocationFailedLine(state.config.era, size, align, reason));
    state.warnLimit--;
    if (state.warnLimit === 0) {
      printk(
        ctx,
        'limit',
        state.config.era === undefined
          ? LIMIT_REACHED_LINE
          : `${logPrefix(state.config.era)} limit reached, disable warning`,
      );
      limitReached = true;
    }
  }
  ctx.events?.push({ kind: 'failed', reason, logged, limitReached });
}

/** The illegal-request WARN: its line number is that of the variant's source file. */
export function illegalRequestLines(earlyAlloc: boolean, size: number, align: number): string[] {
  return [
    `WARNING: at mm/percpu.c:${earlyAlloc ? 710 : 714} pcpu_alloc()`,
    `illegal size (${size}) or align (${align}) for percpu allocation`,
  ];
}
