import { color, interpolateCividis, scaleSequential } from 'd3';

/**
 * Cividis (blue → yellow): sequential, readable with every common colour-vision deficiency and
 * in greyscale. Low values are dark, high values light.
 */
export function colourScale(values: readonly number[]): (value: number) => string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return () => interpolateCividis(0.5);
  if (lo === hi) return () => interpolateCividis(0.6);
  const scale = scaleSequential(interpolateCividis).domain([lo, hi]);
  return (value) => scale(value);
}

/** Black or white, whichever reads better on `fill` (WCAG relative luminance). */
export function inkFor(fill: string): '#000000' | '#ffffff' {
  const rgb = color(fill)?.rgb();
  if (!rgb) return '#000000';
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(rgb.r) + 0.7152 * lin(rgb.g) + 0.0722 * lin(rgb.b);
  // Contrast against white is (1.05) / (l + 0.05), against black (l + 0.05) / 0.05: pick the larger.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** Label every k-th band so labels of `labelPx` never overlap bands of `bandPx`. */
export function labelEvery(bandPx: number, labelPx: number): number {
  return Math.max(1, Math.ceil(labelPx / Math.max(1, bandPx)));
}
