import type { MapUsedSeries, StructureSeries } from '../../analysis';

export function structureLabel(s: StructureSeries): string {
  return `chunk ${s.id} (${s.role === 'first' ? 'first chunk' : 'reserved chunk'})`;
}

function peak(values: readonly number[]): { value: number; step: number } {
  let step = 0;
  for (let k = 1; k < values.length; k++) if (values[k]! > values[step]!) step = k;
  return { value: values[step]!, step };
}

/** The chart in words: each first-chunk map's path and how close it came to the early limit. */
export function chartSummary(series: MapUsedSeries): string[] {
  const slab = series.slabOnlineStep;
  const early = slab ?? series.steps;
  return series.structures.map((s) => {
    const label = structureLabel(s);
    const parts = [`${label[0]!.toUpperCase()}${label.slice(1)}: map_used ${s.mapUsed[0]} at boot`];
    parts.push(
      slab === null
        ? 'slab never comes online in this scenario'
        : `${s.mapUsed[slab]} when slab comes online (step ${slab})`,
    );
    const top = peak(s.mapUsed);
    parts.push(
      `at most ${top.value} (step ${top.step}), with room for ${s.mapAlloc[s.mapAlloc.length - 1]} at the end`,
    );
    let text = parts.join(', ') + '.';
    if (series.earlySlots !== null) {
      // An allocation needs map_used + 2 <= map_alloc; at earlySlots - 1 the early map cannot take another split.
      const full = s.mapUsed.findIndex((n, k) => k <= early && n >= series.earlySlots! - 1);
      text +=
        full < 0
          ? ` It never fills the ${series.earlySlots}-entry early map before slab.`
          : ` It fills the ${series.earlySlots}-entry early map at step ${full}: the next allocation there would need a bigger map before slab.`;
    }
    return text;
  });
}
