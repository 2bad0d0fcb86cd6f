import type { Segment } from './aggregate';

export interface PathBatch {
  /** Grouping key: the paint's class and inline fill, or a summary density level. */
  key: string;
  className: string;
  fill?: string;
  fillOpacity?: number;
  d: string;
}

/** Summaries are shaded in this many density steps (share of their bytes that is allocated). */
export const SUMMARY_LEVELS = 4;

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/**
 * All rects of one look in one <path>: a chunk row costs a few dozen DOM nodes whatever its
 * number of areas, which is what keeps a 5000-area map well under a frame.
 */
export function batchPaths(
  segments: readonly Segment[],
  paintOf: (index: number) => { className: string; fill?: string },
  width: number,
  height: number,
  minPx: number,
  edgeFromPx: number,
): PathBatch[] {
  const batches = new Map<string, PathBatch & { parts: string[] }>();
  const add = (key: string, init: () => PathBatch, x0: number, x1: number) => {
    let b = batches.get(key);
    if (!b) {
      b = { ...init(), parts: [] };
      batches.set(key, b);
    }
    const left = Math.max(-2, Math.min(width + 2, x0));
    const w = Math.max(minPx, Math.max(-2, Math.min(width + 2, x1)) - left);
    b.parts.push(`M${n(left)} 0h${n(w)}v${height}h${n(-w)}z`);
  };
  for (const s of segments) {
    if (s.kind === 'summary') {
      const level = Math.round((s.allocatedBytes / (s.allocatedBytes + s.freeBytes)) * SUMMARY_LEVELS);
      add(
        `summary:${level}`,
        () => ({
          key: `summary:${level}`,
          className: 'cm-summary',
          fillOpacity: 0.25 + (0.75 * level) / SUMMARY_LEVELS,
          d: '',
        }),
        s.x0,
        s.x1,
      );
      continue;
    }
    const paint = paintOf(s.index);
    const edge = s.x1 - s.x0 >= edgeFromPx;
    const key = `${paint.className}|${paint.fill ?? ''}|${edge ? 'e' : ''}`;
    add(
      key,
      () => ({ key, className: edge ? `${paint.className} cm-edge` : paint.className, fill: paint.fill, d: '' }),
      s.x0,
      s.x1,
    );
  }
  return [...batches.values()].map(({ parts, ...b }) => ({ ...b, d: parts.join('') }));
}
