import { isolateText } from '../../share/isolateText';
import type { ExportSubject } from './exportNames';

/** Longer titles are cut so the caption stays one line on a slide. */
export const MAX_CAPTION_TITLE = 80;

function shortTitle(title: string | undefined): string {
  const clean = (title ?? '').replace(/\s+/g, ' ').trim();
  if (clean === '') return 'Untitled scenario';
  const chars = [...clean];
  return chars.length <= MAX_CAPTION_TITLE
    ? clean
    : `${chars
        .slice(0, MAX_CAPTION_TITLE - 1)
        .join('')
        .trimEnd()}…`;
}

/** "SLUB bootstrap on a 4-CPU x86_64 box — step 17 of 43", the same numbers as the stepper. */
export function captionText(title: string | undefined, step: number, length: number): string {
  return `${isolateText(shortTitle(title))} — step ${step} of ${length}`;
}

/** The smaller line under the caption: what is drawn and which allocator ran. */
export function subtitleText(subject: ExportSubject, earlyAlloc: boolean): string {
  const what = subject === 'chunks' ? 'Chunk area maps' : 'Per-unit layout';
  const variant = earlyAlloc ? 'v2.6.36 (early alloc)' : 'pre-change parent';
  return `${what} · ${variant} · Percpu Explorer`;
}
