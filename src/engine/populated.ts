/** Page-range arithmetic for a chunk's populated bitmap, kept as flat half-open ranges. */

/** Pages of [from, to) that are not yet covered by ranges, as flat ranges. */
export function unpopulatedIn(ranges: number[], from: number, to: number): number[] {
  const gaps: number[] = [];
  let cursor = from;
  for (let i = 0; i < ranges.length && cursor < to; i += 2) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    if (end <= cursor) continue;
    if (start >= to) break;
    if (start > cursor) gaps.push(cursor, Math.min(start, to));
    cursor = Math.max(cursor, end);
  }
  if (cursor < to) gaps.push(cursor, to);
  return gaps;
}

/** The union of ranges with [from, to), merged and sorted. */
export function addRange(ranges: number[], from: number, to: number): number[] {
  const out: number[] = [];
  let placed = false;
  let s = from;
  let e = to;
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    if (end < s) out.push(start, end);
    else if (start > e) {
      if (!placed) {
        out.push(s, e);
        placed = true;
      }
      out.push(start, end);
    } else {
      s = Math.min(s, start);
      e = Math.max(e, end);
    }
  }
  if (!placed) out.push(s, e);
  return out;
}
