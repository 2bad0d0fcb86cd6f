/**
 * The area map as a sequence of leaves: each leaf holds a run of consecutive map entries
 * (signed lengths, and the owners beside them) with two summaries, the bytes it covers and
 * its largest free entry. First fit skips whole leaves whose largest free entry is too small
 * and adds their bytes to the running offset, so it touches O(leaves + leaf size) entries
 * instead of O(map_used); splits and merges move at most one leaf's entries instead of the
 * whole tail of the array. See docs/engine-performance.md.
 *
 * Leaves are copy-on-write: clone() copies only the list of leaves, and whichever map writes
 * to a shared leaf first copies that leaf. Keyframes and view copies therefore share every
 * leaf that did not change.
 *
 * This module knows nothing of the kernel's rules; area.ts applies them (and
 * reference/area.ts is the plain array version it is tested against).
 */

/** Leaves split above this many entries... */
let LEAF_MAX = 512;
/** ...and a leaf this small is merged into a neighbour when the two fit in LEAF_MAX / 2. */
let LEAF_MIN = 64;

/**
 * For tests only: tiny leaves make every cross-leaf path (a head absorbed into the previous
 * leaf, a merge across two leaves, splits and joins) happen in maps of a dozen entries.
 */
export function setLeafSizes(max: number, min: number): void {
  LEAF_MAX = max;
  LEAF_MIN = min;
}

class Leaf {
  vals: number[];
  owners: number[];
  bytes = 0;
  maxFree = 0;
  /** The map allowed to write in place; null once shared by a clone. */
  writer: AreaMap | null;

  constructor(vals: number[], owners: number[], writer: AreaMap | null) {
    this.vals = vals;
    this.owners = owners;
    this.writer = writer;
    this.summarise();
  }

  summarise(): void {
    let bytes = 0;
    let maxFree = 0;
    const vals = this.vals;
    for (let j = 0; j < vals.length; j++) {
      const e = vals[j]!;
      if (e > 0) {
        bytes += e;
        if (e > maxFree) maxFree = e;
      } else bytes -= e;
    }
    this.bytes = bytes;
    this.maxFree = maxFree;
  }
}

/** Where an entry sits: leaf number, position in it, and the entry's offset in the unit. */
export interface Cursor {
  leaf: number;
  pos: number;
  offset: number;
}

/** What first fit found (see AreaMap.firstFit). */
export interface Fit {
  found: boolean;
  /** Largest free entry before the fit (or in the whole map when nothing fits). */
  maxFreeBefore: number;
  at: Cursor;
  /** The alignment head in front of the fit. */
  head: number;
}

export class AreaMap {
  private leaves: Leaf[] = [];
  /** map_used. */
  length = 0;
  private mapCache: number[] | null = null;
  private ownersCache: number[] | null = null;

  static from(map: readonly number[], owners: readonly number[]): AreaMap {
    const area = new AreaMap();
    const n = map.length;
    const per = Math.max(1, LEAF_MAX >> 1);
    for (let start = 0; start < n; start += per) {
      const end = Math.min(n, start + per);
      area.leaves.push(new Leaf(map.slice(start, end), padOwners(owners, start, end), area));
    }
    area.length = n;
    return area;
  }

  /** A copy sharing every leaf until one side writes to it. */
  clone(): AreaMap {
    const copy = new AreaMap();
    const leaves = this.leaves;
    for (let k = 0; k < leaves.length; k++) leaves[k]!.writer = null;
    copy.leaves = leaves.slice();
    copy.length = this.length;
    return copy;
  }

  /** The entries as one plain array in address order (cached until the next change). */
  mapArray(): number[] {
    if (!this.mapCache) this.mapCache = this.leaves.length === 1 ? this.leaves[0]!.vals.slice() : this.leaves.flatMap((l) => l.vals);
    return this.mapCache;
  }

  ownersArray(): number[] {
    if (!this.ownersCache)
      this.ownersCache = this.leaves.length === 1 ? this.leaves[0]!.owners.slice() : this.leaves.flatMap((l) => l.owners);
    return this.ownersCache;
  }

  /** How many leaves there are (for tests and memory estimates). */
  get leafCount(): number {
    return this.leaves.length;
  }

  /** The largest free entry anywhere (what a full scan leaves in max_contig). */
  maxFree(): number {
    let max = 0;
    const leaves = this.leaves;
    for (let k = 0; k < leaves.length; k++) if (leaves[k]!.maxFree > max) max = leaves[k]!.maxFree;
    return max;
  }

  /**
   * The kernel's first fit: the first free entry that holds `size` bytes after the head
   * that aligns its start (head = ceil(off / align) * align - off). Skipped free entries
   * feed maxFreeBefore, exactly as the kernel's scan feeds max_contig.
   */
  firstFit(size: number, align: number): Fit {
    const leaves = this.leaves;
    let off = 0;
    let maxFree = 0;
    for (let k = 0; k < leaves.length; k++) {
      const leaf = leaves[k]!;
      if (leaf.maxFree < size) {
        if (leaf.maxFree > maxFree) maxFree = leaf.maxFree;
        off += leaf.bytes;
        continue;
      }
      const vals = leaf.vals;
      for (let j = 0; j < vals.length; j++) {
        const e = vals[j]!;
        if (e < 0) {
          off -= e;
          continue;
        }
        const head = Math.ceil(off / align) * align - off;
        if (e >= head + size) return { found: true, maxFreeBefore: maxFree, at: { leaf: k, pos: j, offset: off }, head };
        if (e > maxFree) maxFree = e;
        off += e;
      }
    }
    return { found: false, maxFreeBefore: maxFree, at: { leaf: -1, pos: -1, offset: off }, head: 0 };
  }

  /** The entry that starts at `offset`, or null when no entry starts there. */
  find(offset: number): Cursor | null {
    const leaves = this.leaves;
    let off = 0;
    for (let k = 0; k < leaves.length; k++) {
      const leaf = leaves[k]!;
      if (off + leaf.bytes <= offset) {
        off += leaf.bytes;
        continue;
      }
      const vals = leaf.vals;
      for (let j = 0; j < vals.length; j++) {
        if (off === offset) return { leaf: k, pos: j, offset: off };
        if (off > offset) return null;
        off += Math.abs(vals[j]!);
      }
      return null;
    }
    return null;
  }

  value(at: Cursor): number {
    return this.leaves[at.leaf]!.vals[at.pos]!;
  }

  owner(at: Cursor): number {
    return this.leaves[at.leaf]!.owners[at.pos]!;
  }

  isLast(at: Cursor): boolean {
    return at.leaf === this.leaves.length - 1 && at.pos === this.leaves[at.leaf]!.vals.length - 1;
  }

  /** The entry before `at`, or null at the start of the map. */
  previous(at: Cursor): Cursor | null {
    if (at.pos > 0) return { leaf: at.leaf, pos: at.pos - 1, offset: -1 };
    if (at.leaf === 0) return null;
    return { leaf: at.leaf - 1, pos: this.leaves[at.leaf - 1]!.vals.length - 1, offset: -1 };
  }

  /** The entry after `at`, or null at the end of the map. */
  next(at: Cursor): Cursor | null {
    if (at.pos + 1 < this.leaves[at.leaf]!.vals.length) return { leaf: at.leaf, pos: at.pos + 1, offset: -1 };
    if (at.leaf + 1 >= this.leaves.length) return null;
    return { leaf: at.leaf + 1, pos: 0, offset: -1 };
  }

  /** Sets one entry (and its owner) in place. */
  set(at: Cursor, value: number, owner: number): void {
    const leaf = this.writable(at.leaf);
    leaf.vals[at.pos] = value;
    leaf.owners[at.pos] = owner;
    leaf.summarise();
    this.changed();
  }

  /**
   * Replaces `count` consecutive entries from `first` (they may run into the next leaves)
   * by `values`: the kernel's split (one entry becomes up to three) and merge (up to three
   * become one), without its memmove of everything after them. Cursors are stale afterwards.
   */
  replaceRun(first: Cursor, count: number, values: number[], owners: number[]): void {
    const k = first.leaf;
    const leaf = this.writable(k);
    const take = Math.min(count, leaf.vals.length - first.pos);
    leaf.vals.splice(first.pos, take, ...values);
    leaf.owners.splice(first.pos, take, ...owners);
    let remaining = count - take;
    while (remaining > 0) {
      const later = this.writable(k + 1);
      const t = Math.min(remaining, later.vals.length);
      later.vals.splice(0, t);
      later.owners.splice(0, t);
      remaining -= t;
      if (later.vals.length === 0) this.leaves.splice(k + 1, 1);
      else later.summarise();
    }
    this.length += values.length - count;
    this.changed();
    if (leaf.vals.length === 0) {
      this.leaves.splice(k, 1);
      return;
    }
    leaf.summarise();
    if (leaf.vals.length > LEAF_MAX) this.splitLeaf(k);
    else if (leaf.vals.length < LEAF_MIN) this.mergeSmall(k);
  }

  private changed(): void {
    this.mapCache = null;
    this.ownersCache = null;
  }

  /** The leaf at k, copied first when another map may still read it. */
  private writable(k: number): Leaf {
    const leaf = this.leaves[k]!;
    if (leaf.writer === this) return leaf;
    const copy = new Leaf(leaf.vals.slice(), leaf.owners.slice(), this);
    this.leaves[k] = copy;
    return copy;
  }

  private splitLeaf(k: number): void {
    const leaf = this.leaves[k]!;
    const half = leaf.vals.length >> 1;
    const right = new Leaf(leaf.vals.splice(half), leaf.owners.splice(half), this);
    leaf.summarise();
    this.leaves.splice(k + 1, 0, right);
  }

  /** Joins a small leaf with a neighbour when both fit in half a leaf, so leaves stay few. */
  private mergeSmall(k: number): void {
    const leaves = this.leaves;
    for (const [left, right] of [
      [k - 1, k],
      [k, k + 1],
    ] as const) {
      if (left < 0 || right >= leaves.length) continue;
      if (leaves[left]!.vals.length + leaves[right]!.vals.length > LEAF_MAX >> 1) continue;
      const a = leaves[left]!;
      const b = leaves[right]!;
      leaves.splice(left, 2, new Leaf(a.vals.concat(b.vals), a.owners.concat(b.owners), this));
      return;
    }
  }
}

function padOwners(owners: readonly number[], start: number, end: number): number[] {
  const out = owners.slice(start, end);
  while (out.length < end - start) out.push(-1);
  return out;
}
