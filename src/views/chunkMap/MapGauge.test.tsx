import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Chunk } from '../../engine/types';
import { svgElements } from '../../../test/golden/svgElements';
import { MapGauge } from './MapGauge';

const chunk = (used: number, mapAlloc: number, mapStorage: Chunk['mapStorage'] = 'initdata'): Chunk => ({
  id: 1,
  role: 'first',
  map: Array.from({ length: used }, (_, i) => (i === used - 1 ? 100 : -8)),
  owners: Array.from({ length: used }, (_, i) => (i === used - 1 ? -1 : i)),
  mapAlloc,
  mapStorage,
  contigHint: 100,
  freeSize: 100,
  populated: [0, 1],
  immutable: true,
});

const render = (c: Chunk, slabAvailable = false, earlyAlloc = true, earlyLimit: number | null = 128) =>
  renderToStaticMarkup(
    <MapGauge chunk={c} earlyLimit={earlyLimit} slabAvailable={slabAvailable} earlyAlloc={earlyAlloc} />,
  );

describe('MapGauge', () => {
  it('reads 17 of 128 in initdata after kmem_cache_init (Example 9), not full', () => {
    const html = render(chunk(17, 128));
    expect(html).toContain('aria-valuenow="17"');
    expect(html).toContain('aria-valuetext="17 of 128 entries, initdata (512 bytes)"');
    expect(html).not.toContain('cm-gauge-full');
  });

  it('is full at 127 of 128: one allocation may add two entries (Example 4)', () => {
    const html = render(chunk(127, 128));
    expect(html).toContain('cm-gauge-full');
    expect(html).toContain('no slab yet: extending it fails');
    expect(render(chunk(126, 128))).not.toContain('cm-gauge-full');
  });

  it('pre-change: the 2-entry static map is full at setup and its extension would crash before slab', () => {
    const html = render(chunk(2, 2), false, false, null);
    expect(html).toContain('cm-gauge-full');
    expect(html).toContain('kernel crash');
    expect(html).not.toContain('gauge-limit');
  });

  it('after slab a full map is simply extended next time', () => {
    expect(render(chunk(127, 128, 'kmalloc'), true)).toContain('the next allocation here extends it first');
  });

  it('marks the early-slots limit at half the gauge once the map has grown to 256 entries', () => {
    // 120-px gauge: 128 of 256 is x = 60.
    const limit = svgElements(render(chunk(130, 256, 'kmalloc'), true), 'line').filter(
      (l) => l.attrs['data-testid'] === 'gauge-limit',
    );
    expect(limit).toHaveLength(1);
    expect(limit[0]!.attrs).toMatchObject({ x1: '60', x2: '60' });
  });

  it('keeps the meter on the bar and defines its words (map entry, map_used/map_alloc, __initdata) beside it', () => {
    const html = render(chunk(17, 128));
    const meter = /<div class="cm-gauge-bar" role="meter"[^>]*>(.*?)<\/div>/.exec(html);
    expect(meter?.[1]).toMatch(/^<svg[^>]*aria-hidden="true"/);
    expect(meter?.[1]).not.toContain('gl-term');
    expect(html).toContain('data-term="map-entry"');
    expect(html).toContain('data-term="map-used"');
    expect(html).toContain('data-term="initdata"');
    expect(render(chunk(17, 256, 'kmalloc'), true)).not.toContain('data-term="initdata"');
  });
});
