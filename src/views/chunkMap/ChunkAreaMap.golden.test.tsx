/**
 * Golden SVGs of chunk 1's area map in the SLUB bootstrap preset (allocator.md Examples 1 and 9)
 * once slab is online: `[-91072, -24 ×15, 23256]` in a 524288-byte unit whose first 114688 bytes
 * the first chunk maps. The drawn rects are checked against those numbers before the file is.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { goldenPath, goldenText } from '../../../test/golden/golden';
import { pathRects, svgElements } from '../../../test/golden/svgElements';
import { runScenario } from '../../model/run';
import { slubBootstrap } from '../../scenario/presets/slubBootstrap';
import { allocOrdinals } from '../colors/palette';
import { ChunkAreaMap } from './ChunkAreaMap';
import type { PixelView } from './aggregate';

const scenario = slubBootstrap.scenario;
/** Ops 0-1 marks, 2-16 the fifteen (24, 8) requests, 17 slab-online: step 18 is after it. */
const AFTER_SLAB = 18;
const WIDTH = 720;
const UNIT = 524288;
const SIZE_SUM = 114688;
const STATIC_AND_RESERVED = 82880 + 8192;

function render(view?: PixelView) {
  const at = runScenario(scenario.config, scenario.ops).view(AFTER_SLAB);
  const chunk = at.state.chunks.find((c) => c.id === 1)!;
  const ordinals = allocOrdinals(scenario.ops);
  const svg = renderToStaticMarkup(
    <ChunkAreaMap
      chunk={chunk}
      layout={at.state.layout}
      width={WIDTH}
      view={view}
      ordinalOf={(op) => ordinals[op] ?? op}
    />,
  );
  return { svg, chunk };
}

/** The rects of the area paths whose class list holds `className`, in drawing order. */
function rectsOf(svg: string, className: string) {
  return svgElements(svg, 'path')
    .filter((p) => p.attrs.class!.split(' ').includes(className))
    .flatMap((p) => pathRects(p.attrs.d!));
}

/** batchPaths rounds to hundredths. */
const px = (bytes: number, pxPerByte: number) => Math.round(bytes * pxPerByte * 100) / 100;

describe('ChunkAreaMap golden snapshots (SLUB bootstrap, chunk 1 after slab-online)', () => {
  it('the whole unit: static + reserved, the fifteen 24-byte areas as one summary, the free rest, the unmapped tail', async () => {
    const { svg, chunk } = render();
    expect(chunk.map).toEqual([-STATIC_AND_RESERVED, ...Array<number>(15).fill(-24), 23256]);
    const k = WIDTH / UNIT;
    expect(rectsOf(svg, 'pal-static')).toEqual([{ x: 0, y: 0, width: px(STATIC_AND_RESERVED, k), height: 26 }]);
    // 15 × 24 = 360 bytes is under a pixel: one summary, widened to the 1-px minimum.
    expect(rectsOf(svg, 'cm-summary')).toEqual([{ x: px(STATIC_AND_RESERVED, k), y: 0, width: 1, height: 26 }]);
    expect(rectsOf(svg, 'pal-free')).toEqual([
      { x: px(STATIC_AND_RESERVED + 360, k), y: 0, width: px(23256, k), height: 26 },
    ]);
    expect(rectsOf(svg, 'pal-unmapped-bg')).toEqual([
      { x: px(SIZE_SUM, k), y: 0, width: px(UNIT - SIZE_SUM, k), height: 26 },
    ]);
    // The contig hint (23256, not stale) brackets exactly the free area.
    const hint = svgElements(svg, 'line').filter((l) => l.attrs.class === 'cm-hint');
    expect(Number(hint[0]!.attrs.x1)).toBeCloseTo((STATIC_AND_RESERVED + 360) * k, 6);
    expect(Number(hint[0]!.attrs.x2)).toBeCloseTo(SIZE_SUM * k, 6);
    expect(svgElements(svg, 'line').filter((l) => l.attrs.class === 'cm-hint-stale')).toEqual([]);
    await expect(goldenText(svg)).toMatchFileSnapshot(goldenPath('chunk-area-map-slub-after-slab.svg'));
  });

  it('the first chunk span (0–114688 over the width): the free area starts where the allocations end', async () => {
    const k = WIDTH / SIZE_SUM;
    const { svg } = render({ pxPerByte: k, originPx: 0, left: 0, right: WIDTH });
    expect(rectsOf(svg, 'pal-static')).toEqual([{ x: 0, y: 0, width: px(STATIC_AND_RESERVED, k), height: 26 }]);
    // 360 bytes are 2.26 px here: the allocations still merge (each is 0.15 px) but end at 574.
    const allocated = [
      ...rectsOf(svg, 'cm-summary'),
      ...svgElements(svg, 'path')
        .filter((p) => /\bpal-hue-\d\b/.test(p.attrs.class!))
        .flatMap((p) => pathRects(p.attrs.d!)),
    ];
    expect(Math.min(...allocated.map((r) => r.x))).toBeCloseTo(px(STATIC_AND_RESERVED, k), 2);
    expect(rectsOf(svg, 'pal-free')).toEqual([
      { x: px(STATIC_AND_RESERVED + 360, k), y: 0, width: px(23256, k), height: 26 },
    ]);
    expect(rectsOf(svg, 'pal-unmapped-bg')).toEqual([]);
    await expect(goldenText(svg)).toMatchFileSnapshot(goldenPath('chunk-area-map-slub-after-slab-span.svg'));
  });
});
