/**
 * Golden SVG of the map_used chart for the SLUB bootstrap preset (allocator.md Example 9):
 * chunk 1's map_used goes 2 → 17 by slab-online (op 17, step 18) → 30 after the 13 DMA caches
 * (step 31), under the 128-entry early map's rule; the preset's later users follow.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { goldenPath, goldenText } from '../../../test/golden/golden';
import { svgElements } from '../../../test/golden/svgElements';
import { createExplorerStore } from '../../store/explorerStore';
import { slubBootstrap } from '../../scenario/presets/slubBootstrap';
import { StoreProvider } from '../storeContext';
import { MapUsedChart } from './MapUsedChart';

/** The plot area: 760 × 280 less the margins (top 16, right 24, bottom 40, left 56). */
const PLOT_W = 760 - 56 - 24;
const PLOT_H = 280 - 16 - 40;
/** y's domain: 128 × 1.08 = 138.24, made nice to 140. */
const Y_MAX = 140;
const yOf = (entries: number) => PLOT_H - (entries / Y_MAX) * PLOT_H;

/** The vertices of a path of M/L/H/V commands (what d3's step curve writes, to 3 decimals). */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHV])([^MLHVZ]*)/g)) {
    const n = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'H') x = n[0]!;
    else if (cmd === 'V') y = n[0]!;
    else [x, y] = [n[0]!, n[1]!];
    out.push([x, y]);
  }
  return out;
}

function render() {
  const store = createExplorerStore();
  store.getState().loadScenario(slubBootstrap.scenario, { history: 'ignore', presetId: slubBootstrap.id, step: 0 });
  return renderToStaticMarkup(
    <StoreProvider store={store}>
      <MapUsedChart />
    </StoreProvider>,
  );
}

describe('MapUsedChart golden snapshot (SLUB bootstrap)', () => {
  it('the early-map rule at 128, slab online at step 18, chunk 1 stepping 2 → 17 → 30 (step 31)', async () => {
    const svg = render();
    const { ops } = slubBootstrap.scenario;
    const xOf = (step: number) => (step / ops.length) * PLOT_W;

    const rules = svgElements(svg, 'g').filter((g) => g.attrs.class?.startsWith('sweep-rule'));
    const translate = (t: string) =>
      t
        .match(/^translate\(([^,]+),([^)]+)\)$/)!
        .slice(1)
        .map(Number);
    expect(rules.map((g) => g.attrs.class)).toEqual(['sweep-rule limit', 'sweep-rule slab']);
    const [limitX, limitY] = translate(rules[0]!.attrs.transform!);
    const [slabX, slabY] = translate(rules[1]!.attrs.transform!);
    expect([limitX, slabY]).toEqual([0, 0]);
    expect(limitY).toBeCloseTo(yOf(128), 9);
    expect(slabX).toBeCloseTo(xOf(18), 9);
    expect(svg).toContain('early map: 128 entries');
    expect(svg).toContain('slab online (step 18)');

    const first = svgElements(svg, 'path').find((p) => p.attrs.class === 'sweep-line line-first')!;
    const points = vertices(first.attrs.d!);
    const yAt = (step: number) => points.filter(([x]) => Math.abs(x - xOf(step)) < 1e-3).map(([, y]) => y);
    expect(points[0]![0]).toBeCloseTo(0, 3);
    expect(points[0]![1]).toBeCloseTo(yOf(2), 3);
    expect(yAt(18).some((y) => Math.abs(y - yOf(17)) < 1e-3)).toBe(true);
    // After the 13 DMA caches (ops 18-30), step 31.
    expect(yAt(31).some((y) => Math.abs(y - yOf(30)) < 1e-3)).toBe(true);
    expect(points.at(-1)![0]).toBeCloseTo(PLOT_W, 3);
    await expect(goldenText(svg)).toMatchFileSnapshot(goldenPath('map-used-chart-slub.svg'));
  });
});
