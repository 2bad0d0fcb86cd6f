import { describe, expect, it } from 'vitest';
import { mapUsedSeries } from '../../analysis';
import { PRESETS } from '../../scenario/presets';
import { chartSummary } from './mapUsedText';

describe('map_used chart summary', () => {
  it('SLUB bootstrap (allocator.md Example 9): 2 → 17 by slab-online → 30 after the DMA caches, far from 128', () => {
    const slub = PRESETS.find((p) => p.id === 'slub-bootstrap')!.scenario;
    const series = mapUsedSeries(slub.config, slub.ops);
    if (!series.ok) throw new Error(series.error);
    const [reserved, first] = chartSummary(series);
    expect(first).toMatch(
      /^Chunk 1 \(first chunk\): map_used 2 at boot, 17 when slab comes online \(step 18\), at most /,
    );
    expect(first).toContain('It never fills the 128-entry early map before slab.');
    expect(reserved).toMatch(/^Chunk 0 \(reserved chunk\): map_used 2 at boot/);
  });

  it('early-slot exhaustion (Example 4): the map holds 127 entries after #125, at step 126', () => {
    const preset = PRESETS.find((p) => p.id === 'early-slot-exhaustion')!.scenario;
    const series = mapUsedSeries(preset.config, preset.ops);
    if (!series.ok) throw new Error(series.error);
    // op 0 is a mark; the 125th allocation is op 125, so the state after it is step 126.
    expect(chartSummary(series)[1]).toContain('fills the 128-entry early map at step 126');
  });
});
