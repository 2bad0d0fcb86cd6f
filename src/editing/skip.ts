import { MAX_LABEL } from '../scenario/defaults';
import type { Op } from '../engine/types';
import { opWords } from '../scenario/describeOp';

/**
 * Skipping (as Redux DevTools skips an action): the scenario keeps its ops, and the engine runs
 * an effective list in which each skipped op — and each free whose alloc is skipped — is a mark.
 * Marks change nothing, so indices (and every free's reference) stay as they are.
 */

export const SKIP_PREFIX = 'skipped: ';

const mark = (label: string): Op => ({ op: 'mark', label: label.slice(0, MAX_LABEL) });

/** The ops the engine runs. Returns `ops` itself when nothing is skipped. */
export function effectiveOps(ops: readonly Op[], skipped: ReadonlySet<number>): readonly Op[] {
  if (skipped.size === 0) return ops;
  return ops.map((op, i) => {
    if (skipped.has(i)) return mark(`${SKIP_PREFIX}${opWords(op)}`);
    if (op.op === 'free' && skipped.has(op.alloc)) return mark(`${SKIP_PREFIX}${opWords(op)} (its alloc is skipped)`);
    return op;
  });
}

/** `skipped` with `index` toggled (a new set; the input is not changed). */
export function toggleSkipped(skipped: ReadonlySet<number>, index: number): ReadonlySet<number> {
  const next = new Set(skipped);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  return next;
}

/** Whether op `index` does not run: skipped itself, or a free of a skipped alloc. */
export function isSkipped(ops: readonly Op[], skipped: ReadonlySet<number>, index: number): boolean {
  if (skipped.has(index)) return true;
  const op = ops[index];
  return op?.op === 'free' && skipped.has(op.alloc);
}
