import type { Op } from '../engine/types';

/**
 * The one place that finds where slab comes online. A scenario holds at most one slab-online
 * op (the schema refuses a second).
 */

/** The index of the slab-online op, or null when slab never comes online in the scenario. */
export function slabOnlineOp(ops: readonly Op[]): number | null {
  const i = ops.findIndex((op) => op.op === 'slab-online');
  return i < 0 ? null : i;
}

/**
 * The first step whose state has slab online (the op's index + 1), or null when the op is not
 * among the `ran` steps that ran (none after a kernel crash).
 */
export function slabOnlineStep(ops: readonly Op[], ran: number = ops.length): number | null {
  const i = slabOnlineOp(ops);
  return i !== null && i < ran ? i + 1 : null;
}
