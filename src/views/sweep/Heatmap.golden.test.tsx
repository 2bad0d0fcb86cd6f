/**
 * Golden SVG of the what-if heatmap for the SLUB bootstrap preset over earlySlots 16, 32, 48 ×
 * earlySize 4096, 8192, 12288 (the e2e sweep's grid). allocator.md Example 9: 15 requests of
 * (24, 8) before slab, one new map entry each from map_used 2, so 16 early slots let 13 succeed
 * and 32 or 48 all 15; earlySize (at most dynSize) changes nothing here.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { goldenPath, goldenText } from '../../../test/golden/golden';
import { svgElements } from '../../../test/golden/svgElements';
import { sweepOutcomes } from '../../analysis';
import { slubBootstrap } from '../../scenario/presets/slubBootstrap';
import { Heatmap } from './Heatmap';

const SLOTS = [16, 32, 48];
const SIZES = [4096, 8192, 12288];
const { config, ops } = slubBootstrap.scenario;

function render() {
  const rows = sweepOutcomes(ops, config, SLOTS, SIZES);
  return renderToStaticMarkup(
    <Heatmap
      rows={rows}
      slots={SLOTS}
      sizes={SIZES}
      metric="earlySucceeded"
      current={{ slots: 32, size: 8192 }}
      openStep={() => 0}
      onOpen={() => {}}
    />,
  );
}

describe('Heatmap golden snapshot (SLUB bootstrap, 3 × 3)', () => {
  it('one cell per pair with Example 9’s counts, laid out as bands, larger earlySlots higher up', async () => {
    const svg = render();
    const cells = svgElements(svg, 'rect').filter((r) => r.attrs.class?.split(' ').includes('sweep-cell'));
    expect(cells).toHaveLength(9);
    const valueOf = (slots: number, size: number) =>
      cells.find((c) => c.attrs['data-slots'] === String(slots) && c.attrs['data-size'] === String(size))!.attrs[
        'data-value'
      ];
    for (const size of SIZES) {
      expect(valueOf(16, size)).toBe('13');
      expect(valueOf(32, size)).toBe('15');
      expect(valueOf(48, size)).toBe('15');
    }
    // Three 72-px columns and 36-px rows with 6 % inner padding: a band step of 216 / 2.94 and
    // 108 / 2.94, each band 94 % of its step.
    const xStep = 216 / 2.94;
    const yStep = 108 / 2.94;
    for (const c of cells) {
      const col = SIZES.indexOf(Number(c.attrs['data-size']));
      const row = SLOTS.indexOf(Number(c.attrs['data-slots']));
      expect(Number(c.attrs.x)).toBeCloseTo(col * xStep, 6);
      expect(Number(c.attrs.y)).toBeCloseTo((2 - row) * yStep, 6);
      expect(Number(c.attrs.width)).toBeCloseTo(xStep * 0.94, 6);
      expect(Number(c.attrs.height)).toBeCloseTo(yStep * 0.94, 6);
    }
    // Equal values get equal colours; 13 and 15 differ.
    expect(new Set(cells.filter((c) => c.attrs['data-value'] === '15').map((c) => c.attrs.fill)).size).toBe(1);
    expect(cells.find((c) => c.attrs['data-value'] === '13')!.attrs.fill).not.toBe(
      cells.find((c) => c.attrs['data-value'] === '15')!.attrs.fill,
    );
    // The current scenario's cell (32, 8192: middle row, middle column) is outlined 1.5 px outside it.
    const current = svgElements(svg, 'rect').filter((r) => r.attrs.class === 'sweep-current');
    expect(current).toHaveLength(1);
    expect(Number(current[0]!.attrs.x)).toBeCloseTo(xStep - 1.5, 6);
    expect(Number(current[0]!.attrs.y)).toBeCloseTo(yStep - 1.5, 6);
    await expect(goldenText(svg)).toMatchFileSnapshot(goldenPath('heatmap-slub-3x3.svg'));
  });
});
