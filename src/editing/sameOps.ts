import type { Op } from '../engine/types';

function sameOp(a: Op, b: Op): boolean {
  if (a === b) return true;
  switch (a.op) {
    case 'alloc':
      return (
        b.op === 'alloc' &&
        a.size === b.size &&
        a.align === b.align &&
        (a.reserved ?? false) === (b.reserved ?? false) &&
        a.label === b.label
      );
    case 'free':
      return b.op === 'free' && a.alloc === b.alloc;
    case 'slab-online':
      return b.op === 'slab-online';
    case 'mark':
      return b.op === 'mark' && a.label === b.label;
  }
}

/** Whether two op lists say the same thing (a config-only change keeps the ops, though not their identity). */
export function sameOps(a: readonly Op[], b: readonly Op[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameOp(a[i]!, b[i]!)) return false;
  return true;
}
