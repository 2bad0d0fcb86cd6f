import type { LectureFocus, LectureStop } from '../../scenario/lectureSchema';
import type { OffsetWindow, ZoomRequest } from '../../store/types';

/** What a stop asks the chunk map to show: its offset range, when it names one; else null. */
export function zoomRequestOf(stop: LectureStop, step: number): ZoomRequest | null {
  const f = stop.focus;
  if (f?.from === undefined || f.to === undefined || f.to <= f.from) return null;
  return { from: f.from, to: f.to, step, ...(f.chunk !== undefined && { chunk: f.chunk }) };
}

/**
 * The focus "stop here" captures: the selected allocation, the chunk the view is about and the
 * zoom window, when the map is zoomed in (a window of the whole unit is no focus).
 */
export function capturedFocus(
  window: OffsetWindow | null,
  unitSize: number,
  chunk: number | null,
  alloc: number | null,
): LectureFocus | undefined {
  const zoomed = window !== null && (window.from > 0 || window.to < unitSize);
  const focus: LectureFocus = {
    ...(chunk !== null && (zoomed || alloc === null) && { chunk }),
    ...(zoomed && { from: window.from, to: window.to }),
    ...(alloc !== null && { alloc }),
  };
  return Object.keys(focus).length > 0 ? focus : undefined;
}

/** The stop's focus in words, for the authoring list. */
export function focusText(focus: LectureFocus | undefined): string {
  if (!focus) return '';
  const parts: string[] = [];
  if (focus.from !== undefined && focus.to !== undefined)
    parts.push(`zooms to ${focus.chunk !== undefined ? `chunk ${focus.chunk} ` : ''}offsets ${focus.from}–${focus.to}`);
  else if (focus.chunk !== undefined) parts.push(`shows chunk ${focus.chunk}`);
  if (focus.alloc !== undefined) parts.push(`selects op #${focus.alloc}`);
  return parts.join(' · ');
}
