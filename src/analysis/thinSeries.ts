/** A point of a line chart: the step and the value after it. */
export interface SeriesPoint {
  step: number;
  value: number;
}

/**
 * At most about `maxPoints` points for drawing a long series. Each bucket of steps keeps its
 * first, lowest and highest points, so limits that were touched stay visible; the last point is kept.
 */
export function thinSeries(values: readonly number[], maxPoints: number): SeriesPoint[] {
  const n = values.length;
  if (n <= maxPoints) return values.map((value, step) => ({ step, value }));
  const bucket = Math.ceil(n / Math.max(1, Math.floor(maxPoints / 3)));
  const out: SeriesPoint[] = [];
  for (let start = 0; start < n; start += bucket) {
    const end = Math.min(n, start + bucket);
    let lo = start;
    let hi = start;
    for (let k = start + 1; k < end; k++) {
      if (values[k]! < values[lo]!) lo = k;
      if (values[k]! > values[hi]!) hi = k;
    }
    for (const step of [...new Set([start, lo, hi])].sort((a, b) => a - b)) out.push({ step, value: values[step]! });
  }
  if (out[out.length - 1]!.step !== n - 1) out.push({ step: n - 1, value: values[n - 1]! });
  return out;
}
