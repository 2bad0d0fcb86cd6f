/**
 * Where each cell of a map array goes: rows that wrap at the width. Up to LABELLED_MAX
 * entries every cell is wide enough to print its value; beyond, cells shrink to small
 * squares (values stay in each cell's accessible name and in the hover text).
 */
export const LABELLED_MAX = 256;
/** Beyond this many cells the unused tail is one block, not one cell per entry. */
export const CELL_BY_CELL_MAX = 8192;

export interface CellLayout {
  labelled: boolean;
  cellWidth: number;
  cellHeight: number;
  gap: number;
  /** Left margin for the row's first index. */
  gutter: number;
  perRow: number;
  rows: number;
  height: number;
}

export function cellLayout(capacity: number, width: number): CellLayout {
  const labelled = capacity <= LABELLED_MAX;
  const cellWidth = labelled ? 50 : 8;
  const cellHeight = labelled ? 22 : 8;
  const gap = labelled ? 2 : 1;
  const gutter = labelled ? 34 : 40;
  const perRow = Math.max(1, Math.floor((Math.max(width, gutter + cellWidth) - gutter) / (cellWidth + gap)));
  const rows = Math.max(1, Math.ceil(capacity / perRow));
  return { labelled, cellWidth, cellHeight, gap, gutter, perRow, rows, height: rows * (cellHeight + gap) + 4 };
}

export function cellPosition(layout: CellLayout, index: number): { x: number; y: number } {
  const row = Math.floor(index / layout.perRow);
  const col = index % layout.perRow;
  return { x: layout.gutter + col * (layout.cellWidth + layout.gap), y: 2 + row * (layout.cellHeight + layout.gap) };
}

/** The cell under a point of the drawing, or null between and beside cells. */
export function cellAt(layout: CellLayout, x: number, y: number): number | null {
  const col = Math.floor((x - layout.gutter) / (layout.cellWidth + layout.gap));
  const row = Math.floor((y - 2) / (layout.cellHeight + layout.gap));
  if (col < 0 || col >= layout.perRow || row < 0 || row >= layout.rows) return null;
  return row * layout.perRow + col;
}
