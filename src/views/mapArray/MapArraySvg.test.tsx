/**
 * Golden SVGs of the map array at the fixed steps of the early-slot preset (allocator.md
 * Example 4) and of the struct-kfree hazard preset, with the spec's numbers checked alongside.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../model/run';
import type { Scenario } from '../../engine/types';
import { mapArrayOf } from '../../model/mapArray';
import { earlySlotExhaustion } from '../../scenario/presets/earlySlotExhaustion';
import { structKfreeHazard } from '../../scenario/presets/structKfreeHazard';
import { allocOrdinals } from '../colors/palette';
import { MapArraySvg } from './MapArraySvg';
import { svgElements } from '../../../test/golden/svgElements';

function render(scenario: Scenario, step: number, chunkId: number, width = 720) {
  const view = runScenario(scenario.config, scenario.ops).view(step);
  const chunk = view.state.chunks.find((c) => c.id === chunkId)!;
  const array = mapArrayOf(chunk, view.events, scenario.config);
  const ordinals = allocOrdinals(scenario.ops);
  const svg = renderToStaticMarkup(
    <MapArraySvg array={array} width={width} ordinalOf={(op) => ordinals[op] ?? op} idPrefix={`golden-c${chunkId}`} />,
  );
  return { svg, array };
}
/** The list items' labels, read from parsed attributes (their order in the markup does not matter). */
const labels = (svg: string) =>
  svgElements(svg)
    .filter((e) => e.attrs.role === 'listitem')
    .map((e) => e.attrs['aria-label'] ?? '');
const items = (svg: string) => labels(svg).length;

const early = earlySlotExhaustion.scenario;
const FIRST_FAILURE = 127;
const AFTER_SLAB = 142;
const AFTER_EXTENSION = 143;

describe('MapArraySvg golden snapshots (early-slot preset, chunk 1)', () => {
  it('before: 128 cells, 2 used (static + reserved, then the free dynamic area)', async () => {
    const { svg } = render(early, 0, 1);
    expect(svg).toContain('aria-label="Map entries of chunk 1"');
    expect(items(svg)).toBe(128);
    expect(labels(svg).slice(0, 3)).toEqual([
      'entry 0: -91072 (91072 bytes static + reserved)',
      expect.stringMatching(/^entry 1: \d+ \(\d+ bytes free\)$/),
      'entry 2: unused',
    ]);
    await expect(svg).toMatchFileSnapshot('__snapshots__/early-slot-step0.svg');
  });

  it('at the full map: 127 of 128 used, the early boundary at the end', async () => {
    const { svg } = render(early, FIRST_FAILURE, 1);
    expect(items(svg)).toBe(128);
    expect(labels(svg).filter((l) => !l.endsWith('unused'))).toHaveLength(127);
    expect(svg).toContain('data-testid="early-boundary"');
    await expect(svg).toMatchFileSnapshot('__snapshots__/early-slot-full.svg');
  });

  it('after slab online: the same cells, now a kmalloc copy', async () => {
    const { svg, array } = render(early, AFTER_SLAB, 1);
    expect(array.storage).toBe('kmalloc');
    expect(items(svg)).toBe(128);
    await expect(svg).toMatchFileSnapshot('__snapshots__/early-slot-after-slab.svg');
  });

  it('after the first extension: 256 cells, the allocation and its tail marked, the new half grown', async () => {
    const { svg } = render(early, AFTER_EXTENSION, 1);
    expect(items(svg)).toBe(256);
    expect(labels(svg)[126]).toBe('entry 126: -8 (8 bytes allocated by op 142, allocated this step)');
    expect(labels(svg)[127]).toMatch(/^entry 127: \d+ \(\d+ bytes free, inserted by this step’s split\)$/);
    expect(labels(svg)[200]).toBe('entry 200: unused, added by this step’s extension');
    await expect(svg).toMatchFileSnapshot('__snapshots__/early-slot-extended.svg');
  });
});

describe('MapArraySvg (struct-kfree hazard preset)', () => {
  const s = structKfreeHazard.scenario;
  it('golden: chunk 2’s first extension, 16 → 32 entries, while it fills with 64 KiB buffers', async () => {
    // After 14 allocations map_used is 15 and 15 + 2 > 16: the 15th (op 15, step 16) extends.
    const { svg, array } = render(s, 16, 2);
    expect(array).toMatchObject({ capacity: 32, used: 16, storage: 'kmalloc', bytes: 128, grewFrom: 16 });
    expect(items(svg)).toBe(32);
    await expect(svg).toMatchFileSnapshot('__snapshots__/struct-kfree-first-extension.svg');
  });

  it('chunk 2 full: 4096 compact cells without printed values, 2048 of them 64 KiB allocations', () => {
    const { svg, array } = render(s, 1 + 2048, 2);
    expect(array).toMatchObject({ capacity: 4096, used: 2048, storage: 'vmalloc', bytes: 16384 });
    expect(items(svg)).toBe(4096);
    // Only the row indexes are text: 4096 cells over (720 - 40) / 9 = 75 per row → 55 rows.
    expect(svg.split('<text').length - 1).toBe(Math.ceil(4096 / 75));
    expect(labels(svg)[2047]).toBe('entry 2047: -65536 (65536 bytes allocated by op 2048, allocated this step)');
  });
});
