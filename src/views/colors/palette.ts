import type { Op } from '../../engine/types';

/**
 * Allocation colours: the seven Okabe–Ito hues (black is left out: it reads as "static"), each
 * in three textures (solid, stripes, dots), so 21 neighbouring allocations never look alike
 * and no two are told apart by hue alone. The hues themselves are CSS variables (styles/tokens.css).
 */
export const HUE_COUNT = 7;
export const VARIANT_COUNT = 3;

export interface OwnerStyle {
  /** 0..HUE_COUNT-1: index into --owner-0 .. --owner-6. */
  hue: number;
  /** 0 solid, 1 striped, 2 dotted. */
  variant: number;
}

/** The style of the n-th allocation of a scenario (n counts alloc ops only). */
export function ownerStyle(ordinal: number): OwnerStyle {
  const n = Math.max(0, Math.floor(ordinal));
  return { hue: n % HUE_COUNT, variant: Math.floor(n / HUE_COUNT) % VARIANT_COUNT };
}

/**
 * For each op index, its rank among the scenario's alloc ops (-1 for other ops). Colouring by
 * rank rather than by op index keeps consecutive allocations on consecutive hues even when
 * marks and frees sit between them.
 */
export function allocOrdinals(ops: readonly Op[]): Int32Array {
  const out = new Int32Array(ops.length).fill(-1);
  let next = 0;
  ops.forEach((op, i) => {
    if (op.op === 'alloc') out[i] = next++;
  });
  return out;
}
