import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { pathRects, svgElements } from '../../../test/golden/svgElements';
import { ChunkAreaMap } from './ChunkAreaMap';
import { syntheticChunk } from './syntheticChunk';

/** The paths inside the area-paths group (the markers after it are not area rects). */
function areaPaths(html: string) {
  const drawn = html.slice(html.indexOf('data-testid="area-paths"'));
  return svgElements(drawn.slice(0, drawn.indexOf('</g>')), 'path');
}

describe('ChunkAreaMap', () => {
  it('draws a 5000-area chunk with a few paths whose rects are bounded by the width', () => {
    const { chunk, layout } = syntheticChunk(5000);
    expect(chunk.map).toHaveLength(5000);
    const html = renderToStaticMarkup(<ChunkAreaMap chunk={chunk} layout={layout} width={800} ordinalOf={(n) => n} />);
    const paths = areaPaths(html);
    const rects = paths.flatMap((p) => pathRects(p.attrs.d!));
    // One path per look (at most 7 hues × 3 textures × edge or not, free, 4 summary levels...).
    expect(paths.length).toBeLessThanOrEqual(60);
    // ≤ 2 rects per pixel plus edges (aggregateAreas' bound), far below 5000.
    expect(rects.length).toBeGreaterThan(0);
    expect(rects.length).toBeLessThanOrEqual(2 * 800 + 5);
    // Every rect lies within the drawing (batchPaths clamps to 2 px either side).
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(-2);
      expect(r.x + r.width).toBeLessThanOrEqual(800 + 2);
    }
    expect(html).toContain('aria-label="Area map of chunk 2"');
    expect(html).toContain('<title>Area map of chunk 2</title>');
  });

  it('outlines the selected allocation even when it is narrower than a pixel', () => {
    const { chunk, layout } = syntheticChunk(5000);
    // Entry 2 (allocated, op 2) starts at 128.
    const html = renderToStaticMarkup(
      <ChunkAreaMap chunk={chunk} layout={layout} width={800} ordinalOf={(n) => n} selectedOffset={128} />,
    );
    const selected = svgElements(html, 'rect').filter((r) => r.attrs['data-testid'] === 'selected-area');
    expect(selected).toHaveLength(1);
    expect(selected[0]!.attrs).toMatchObject({ 'data-offset': '128', width: '3' });
  });

  it('renders its title as text, never as markup', () => {
    const { chunk, layout } = syntheticChunk(3);
    const html = renderToStaticMarkup(
      <ChunkAreaMap chunk={chunk} layout={layout} width={300} ordinalOf={(n) => n} title={'<b>x</b>'} />,
    );
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
  });
});
