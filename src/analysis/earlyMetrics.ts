import { setup } from '../engine/setup';
import { applyOp } from '../engine/step';
import type { Config, FailureReason, Op } from '../engine/types';
import { slabOnlineOp } from '../model/slabOnline';

/** What the boot managed before slab came online, for one configuration. */
export interface EarlyMetrics {
  built: true;
  /** Alloc ops that ran before slab-online (all that ran, when there is no slab-online op). */
  earlyAllocs: number;
  /** How many of those succeeded. */
  earlySucceeded: number;
  /** Op index of the first of them that failed, or null when none failed. */
  firstEarlyFailure: number | null;
  firstFailureReason: FailureReason | null;
  /** The replay stopped at a kernel crash (the pre-change allocator touching slab). */
  crashed: boolean;
}

/** A configuration whose kernel does not build (earlySlots * 4 > pageSize): nothing runs. */
export interface NotBuilt {
  built: false;
  reason: string;
}

export type EarlyOutcome = EarlyMetrics | NotBuilt;

/** Index of the slab-online op, or ops.length when slab never comes online in the scenario. */
export function slabOnlineIndex(ops: readonly Op[]): number {
  return slabOnlineOp(ops) ?? ops.length;
}

/**
 * Replays only the ops before slab-online (nothing after it can change these numbers) and
 * counts the early allocations. Stops at a crash, since no step runs after one.
 */
export function earlyMetrics(config: Config, ops: readonly Op[], end = slabOnlineIndex(ops)): EarlyOutcome {
  const boot = setup(config);
  if (!boot.ok) return { built: false, reason: boot.error };
  const { state } = boot;
  let earlyAllocs = 0;
  let earlySucceeded = 0;
  let firstEarlyFailure: number | null = null;
  let firstFailureReason: FailureReason | null = null;
  for (let i = 0; i < end && !state.halted; i++) {
    const op = ops[i]!;
    const outcome = applyOp(state, i, op, null);
    if (op.op !== 'alloc') continue;
    earlyAllocs++;
    if (outcome.ok) earlySucceeded++;
    else if (firstEarlyFailure === null) {
      firstEarlyFailure = i;
      firstFailureReason = outcome.error;
    }
  }
  return { built: true, earlyAllocs, earlySucceeded, firstEarlyFailure, firstFailureReason, crashed: state.halted };
}
