/**
 * A large grid is drawn in batches of rows, top rows first, so starting a 64 × 64 sweep is not
 * one long task; a small grid (the e2e's 3 × 3, the golden's) is drawn whole at once.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { svgElements } from '../../../test/golden/svgElements';
import { CELLS_PER_FRAME, HeatCells, type CellGeometry } from './HeatCells';

function grid(rowsCount: number, cols: number) {
  const slots = Array.from({ length: rowsCount }, (_, r) => 8 * (r + 1));
  const sizes = Array.from({ length: cols }, (_, c) => 1024 * (c + 1));
  const geometry: CellGeometry = {
    x: sizes.map((_, c) => c * 11),
    y: slots.map((_, r) => (rowsCount - 1 - r) * 8),
    width: 10,
    height: 7,
  };
  const svg = renderToStaticMarkup(
    <svg>
      <HeatCells
        rows={slots.map(() => null)}
        slots={slots}
        sizes={sizes}
        metric="earlySucceeded"
        geometry={geometry}
        colour={() => '#000000'}
        patterns={{ none: 'url(#n)', noBuild: 'url(#b)' }}
      />
    </svg>,
  );
  return svgElements(svg, 'rect');
}

describe('HeatCells draws a new grid in batches', () => {
  it('draws the top rows of a 64 × 64 grid first, CELLS_PER_FRAME cells on the first frame', () => {
    const cells = grid(64, 64);
    expect(cells).toHaveLength(CELLS_PER_FRAME);
    const rows = new Set(cells.map((c) => Number(c.attrs['data-row'])));
    // 1024 / 64 = 16 rows: the largest earlySlots, rows 48 … 63.
    expect(Math.min(...rows)).toBe(48);
    expect(Math.max(...rows)).toBe(63);
    expect(cells.every((c) => c.attrs.class === 'sweep-cell pending')).toBe(true);
  });

  it('draws a grid that fits one batch whole', () => {
    expect(grid(3, 3)).toHaveLength(9);
    expect(grid(16, 64)).toHaveLength(1024);
  });
});
