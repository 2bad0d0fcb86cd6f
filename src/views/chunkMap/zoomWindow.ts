import type { OffsetWindow } from '../../store/types';

/**
 * The unit offsets [from, to) a zoom transform (scale k, x translation, in pixels of a map
 * `width` wide) shows, to the nearest byte as the offset axis names them, clamped to the unit.
 * Null when nothing is drawn.
 */
export function visibleWindow(k: number, x: number, width: number, unitSize: number): OffsetWindow | null {
  if (width <= 0 || unitSize <= 0 || k <= 0) return null;
  const at = (px: number) => ((px - x) / (width * k)) * unitSize;
  const from = Math.max(0, Math.round(at(0)));
  const to = Math.min(unitSize, Math.round(at(width)));
  return to > from ? { from, to } : null;
}

/** Whether a window is the whole unit (or more): a stop with it has no offset focus to keep. */
export const isWholeUnit = (window: OffsetWindow, unitSize: number): boolean =>
  window.from <= 0 && window.to >= unitSize;
