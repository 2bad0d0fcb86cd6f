/**
 * The chunk map's zoom along the unit-offset axis: scale `k` (1 shows the whole unit across the
 * width) and x translation in pixels, so offset pixel p (at k = 1) is drawn at x + p · k. The
 * rules are d3-zoom's for a one-dimensional extent [0, width], written out so the first screen
 * does not load d3's selection, transition and zoom modules.
 */
export interface OffsetTransform {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY: OffsetTransform = { k: 1, x: 0 };

/** Keeps the unit covering the width: x within [width − width · k, 0] (d3-zoom's default constrain). */
export function constrain(t: OffsetTransform, width: number): OffsetTransform {
  const x = Math.min(0, Math.max(width - width * t.k, t.x));
  return x === t.x ? t : { k: t.k, x };
}

/**
 * Scales to `k` (kept within [1, maxScale]) with the point at pixel `px` staying where it is,
 * then constrains the translation.
 */
export function scaleAbout(t: OffsetTransform, k: number, px: number, width: number, maxScale: number): OffsetTransform {
  const k1 = Math.max(1, Math.min(maxScale, k));
  const at = (px - t.x) / t.k;
  return constrain({ k: k1, x: px - at * k1 }, width);
}

/** The scale exponent (base 2) a wheel event asks for: d3-zoom's default, ten times faster for a pinch (Ctrl). */
export function wheelExponent(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  return -deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (ctrlKey ? 10 : 1);
}

/**
 * The transform `t` of the way from `a` to `b` (0 … 1): the scale moves geometrically and the
 * point under the middle of the width moves with it, so a double-click zoom glides rather than jumps.
 */
export function between(a: OffsetTransform, b: OffsetTransform, t: number, width: number): OffsetTransform {
  if (t >= 1) return b;
  const k = a.k * (b.k / a.k) ** t;
  const mid = width / 2;
  const from = (mid - a.x) / a.k;
  const to = (mid - b.x) / b.k;
  return { k, x: mid - (from + (to - from) * t) * k };
}
