/**
 * How many pages of one unit a chunk has populated, from its flat [start, end, ...] ranges, of
 * how many the unit has: what the chunk row says for a dynamic chunk.
 */
export function populatedPages(
  ranges: readonly number[],
  unitSize: number,
  pageSize: number,
): { n: number; of: number } {
  let n = 0;
  for (let i = 0; i + 1 < ranges.length; i += 2) n += ranges[i + 1]! - ranges[i]!;
  return { n, of: pageSize > 0 ? Math.ceil(unitSize / pageSize) : 0 };
}
