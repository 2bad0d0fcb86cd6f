/**
 * A memo of each area map's leading run of allocated entries: first fit never stops inside
 * it and it adds nothing to max_contig, so scans may start right after it. This turns the
 * pathological "many tiny allocations" boot from quadratic into linear without changing a
 * single result. Keyed by the map array itself: copies of a state start with no memo.
 */
interface Prefix {
  /** Entries [0, index) are all allocated. */
  index: number;
  /** Sum of their lengths: the offset where entry `index` starts. */
  offset: number;
}

const prefixes = new WeakMap<number[], Prefix>();

/** The longest known all-allocated prefix, extended as far as the map allows now. */
export function allocatedPrefix(map: number[]): Prefix {
  let prefix = prefixes.get(map);
  if (!prefix) {
    prefix = { index: 0, offset: 0 };
    prefixes.set(map, prefix);
  }
  while (prefix.index < map.length && map[prefix.index]! < 0) prefix.offset -= map[prefix.index++]!;
  return prefix;
}

/** Call before changing entries at index `from` or later: shortens the memo to stay true. */
export function beforeMapChange(map: number[], from: number): void {
  const prefix = prefixes.get(map);
  if (!prefix || prefix.index <= from) return;
  const start = Math.max(0, from);
  for (let j = start; j < prefix.index; j++) prefix.offset -= Math.abs(map[j]!);
  prefix.index = start;
}
