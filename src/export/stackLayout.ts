/** Sizes of the exported picture's parts, in CSS pixels. */
export const EXPORT_PADDING = 16;
export const BLOCK_GAP = 10;
export const CAPTION_SIZE = 18;
export const SUBTITLE_SIZE = 12;
/** Caption baseline, subtitle baseline and the space under them before the first block. */
export const CAPTION_BASELINE = EXPORT_PADDING + CAPTION_SIZE;
export const SUBTITLE_BASELINE = CAPTION_BASELINE + SUBTITLE_SIZE + 6;
export const HEADER_HEIGHT = SUBTITLE_BASELINE + 12;
/** A picture is never narrower than this, so the caption has room. */
export const MIN_CONTENT_WIDTH = 320;

export interface Size {
  width: number;
  height: number;
}

export interface Stacked {
  /** Top-left corner of each block, in order. */
  positions: { x: number; y: number }[];
  width: number;
  height: number;
}

/** Blocks one under another, left-aligned, under the caption; the picture fits the widest. */
export function stackBlocks(blocks: readonly Size[]): Stacked {
  const positions: { x: number; y: number }[] = [];
  let y = HEADER_HEIGHT;
  let widest = MIN_CONTENT_WIDTH;
  blocks.forEach((b, i) => {
    if (i > 0) y += BLOCK_GAP;
    positions.push({ x: EXPORT_PADDING, y });
    y += Math.max(0, b.height);
    widest = Math.max(widest, b.width);
  });
  return {
    positions,
    width: Math.ceil(widest + 2 * EXPORT_PADDING),
    height: Math.ceil(y + EXPORT_PADDING),
  };
}

export interface WordBox {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Words of a wrapped text run regrouped into its rendered lines (a word belongs to the line
 * whose top it shares, within half its height), so each line becomes one SVG <text>.
 */
export function groupLines(words: readonly WordBox[]): TextLine[] {
  const lines: { words: WordBox[]; top: number; height: number }[] = [];
  for (const w of words) {
    const line = lines.find((l) => Math.abs(l.top - w.top) < Math.max(1, Math.min(l.height, w.height) / 2));
    if (line) line.words.push(w);
    else lines.push({ words: [w], top: w.top, height: w.height });
  }
  return lines
    .sort((a, b) => a.top - b.top)
    .map((l) => {
      const ws = [...l.words].sort((a, b) => a.left - b.left);
      const left = ws[0]!.left;
      const right = Math.max(...ws.map((w) => w.left + w.width));
      return {
        text: ws.map((w) => w.text).join(' '),
        left,
        top: l.top,
        width: right - left,
        height: Math.max(...ws.map((w) => w.height)),
      };
    });
}

/** Largest side a canvas may have in Chromium and Firefox. */
export const MAX_CANVAS_SIDE = 16384;

/**
 * The pixel scale for rasterising a width × height picture: the wanted scale, reduced so
 * neither side passes maxSide; never above the wanted scale.
 */
export function rasterScale(width: number, height: number, wanted: number, maxSide = MAX_CANVAS_SIDE): number {
  const side = Math.max(1, width, height);
  return Math.min(wanted, maxSide / side);
}

/** Video encoders want even frame sizes: round up to the next even whole pixel. */
export function evenPixels(n: number): number {
  const whole = Math.max(2, Math.ceil(n));
  return whole % 2 === 0 ? whole : whole + 1;
}
