import { setup } from '../engine/setup';
import { applyOp } from '../engine/step';
import type { Config, Op } from '../engine/types';

/**
 * Where the model puts each of the first `limit` ops (chunk and offset, or null), replayed
 * from boot on `config`. These are 2.6.36's choices, shown beside the traced kernel's `off=`.
 * `prefix` ops (slab-online first) run before and are not reported.
 */
export function replayPlacements(
  config: Config,
  ops: readonly Op[],
  limit: number,
  prefix: readonly Op[] = [],
): ({ chunk: number; offset: number } | null)[] {
  const boot = setup(config);
  if (!boot.ok) return ops.slice(0, limit).map(() => null);
  const state = boot.state;
  const all = [...prefix, ...ops.slice(0, limit)];
  const out: ({ chunk: number; offset: number } | null)[] = [];
  for (let i = 0; i < all.length; i++) {
    const op = all[i]!;
    // Frees name alloc ops by index; the prefix shifts them.
    const shifted = op.op === 'free' && i >= prefix.length ? { ...op, alloc: op.alloc + prefix.length } : op;
    const outcome = state.halted ? null : applyOp(state, i, shifted, null);
    if (i < prefix.length) continue;
    out.push(
      outcome && outcome.ok && outcome.chunk !== null && outcome.offset !== null
        ? { chunk: outcome.chunk, offset: outcome.offset }
        : null,
    );
  }
  return out;
}
