import { isolateText } from '../share/isolateText';
import type { ExportSubject } from './exportNames';

/** Longer titles are cut so the caption stays one line on a slide. */
export const MAX_CAPTION_TITLE = 80;

const cleanTitle = (title: string | undefined): string =>
  (title ?? '').replace(/\s+/g, ' ').trim() || 'Untitled scenario';

function shortTitle(title: string | undefined, max = MAX_CAPTION_TITLE): string {
  const clean = cleanTitle(title);
  const chars = [...clean];
  return chars.length <= max
    ? clean
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}

/** "SLUB bootstrap on a 4-CPU x86_64 box — step 17 of 43", the same numbers as the stepper. */
export function captionText(title: string | undefined, step: number, length: number): string {
  return `${isolateText(shortTitle(title))} — step ${step} of ${length}`;
}

/**
 * The average advance of a caption character (semi-bold sans-serif) in em, on the generous side:
 * an export has no layout engine to measure with, and a caption that runs off loses its step.
 */
const CHAR_WIDTH_EM = 0.62;
/** A title is never cut shorter than this, however narrow the export. */
const MIN_TITLE_CHARS = 12;

/**
 * The caption as drawn in an export `width` pixels wide: the title shortened (with "…") so the
 * whole line fits and "— step k of N" is never cut off. The full text goes in the file's <title>.
 */
export function fittedCaption(
  title: string | undefined,
  step: number,
  length: number,
  width: number,
  fontSize: number,
): string {
  const tail = ` — step ${step} of ${length}`;
  const room = Math.floor(width / (fontSize * CHAR_WIDTH_EM)) - tail.length;
  return `${isolateText(shortTitle(title, Math.min(MAX_CAPTION_TITLE, Math.max(MIN_TITLE_CHARS, room))))}${tail}`;
}

/** The caption with the whole title, for the export's metadata. */
export function fullCaptionText(title: string | undefined, step: number, length: number): string {
  return `${isolateText(cleanTitle(title))} — step ${step} of ${length}`;
}

/** The smaller line under the caption: what is drawn and which allocator ran. */
export function subtitleText(subject: ExportSubject, earlyAlloc: boolean): string {
  const what = subject === 'chunks' ? 'Chunk area maps' : 'Per-unit layout';
  const variant = earlyAlloc ? 'v2.6.36 (early alloc)' : 'pre-change parent';
  return `${what} · ${variant} · Percpu Explorer`;
}
