/**
 * The area map as a sequence of leaves: each leaf holds a run of consecutive map entries
 * (signed lengths, with their owners, as pairs in one Int32Array) and two summaries, the
 * bytes it covers and its largest free entry. First fit skips whole leaves whose largest
 * free entry is too small (and, in O(1), the leading leaves with no free byte at all);
 * finding an offset is a binary search over leaf start offsets; splits and merges move at
 * most one leaf's entries instead of the whole tail of the array. See
 * docs/engine-performance.md.
 *
 * Leaves are copy-on-write: clone() copies only the list of leaves, and whichever map writes
 * to a shared leaf first copies that leaf. Keyframes and view copies therefore share every
 * leaf that did not change.
 *
 * This module knows nothing of the kernel's rules; area.ts applies them (and
 * reference/area.ts is the plain array version they are tested against).
 */

/** The app's leaf sizes: [split above, merge below]. */
export const APP_LEAF_SIZES = [256, 32] as const;
/** Leaves split above this many entries... */
let LEAF_MAX: number = APP_LEAF_SIZES[0];
/** ...and a leaf this small is merged into a neighbour when the two fit in LEAF_MAX / 2. */
let LEAF_MIN: number = APP_LEAF_SIZES[1];

/**
 * For tests only: tiny leaves make every cross-leaf path (a head absorbed into the previous
 * leaf, a merge across two leaves, splits and joins) happen in maps of a dozen entries.
 */
export function setLeafSizes(max: number, min: number): void {
  LEAF_MAX = max;
  LEAF_MIN = min;
}

/**
 * Leaf copies are carved out of shared blocks: after every keyframe each leaf written to is
 * copied once, and allocating a typed array per copy costs more than copying its entries.
 * A block lives as long as any leaf in it; a leaf that outgrows its room moves to an array of
 * its own (Leaf.reserve). A map and all its clones carve from one arena, so separate runs
 * (two timelines, a sweep's configs) share no state at all.
 */
const BLOCK_INTS = 1 << 16;
/** A map's first block is small (most chunks stay small); each next one doubles, up to BLOCK_INTS. */
const FIRST_BLOCK_INTS = 1 << 10;

class LeafArena {
  private block: Int32Array | null = null;
  private used = 0;

  carve(ints: number): Int32Array {
    if (ints > BLOCK_INTS >> 4) return new Int32Array(ints);
    let block = this.block;
    if (block === null || this.used + ints > block.length) {
      const size = block === null ? FIRST_BLOCK_INTS : Math.min(BLOCK_INTS, block.length * 2);
      block = this.block = new Int32Array(Math.max(size, ints));
      this.used = 0;
    }
    const view = block.subarray(this.used, this.used + ints);
    this.used += ints;
    return view;
  }
}

const NONE: readonly number[] = [];
/** Scratch for one-entry writes (set), so they allocate nothing. */
const ONE_VALUE = [0];
const ONE_OWNER = [0];

class Leaf {
  /** [value, owner, value, owner, ...]; entries [0, n) are in use. */
  data: Int32Array;
  n: number;
  bytes = 0;
  maxFree = 0;
  /**
   * At least this many free entries equal maxFree (never more than there are): losing one
   * of several largest entries keeps maxFree exact without rescanning the leaf.
   */
  maxCount = 0;
  /** No free entry is larger, apart from `maxCount` of those equal to maxFree. */
  restBound = 0;
  /** The map allowed to write in place; null once shared by a clone. */
  writer: AreaMap | null;

  constructor(data: Int32Array, n: number, writer: AreaMap | null, same?: Leaf) {
    this.data = data;
    this.n = n;
    this.writer = writer;
    if (same) {
      this.bytes = same.bytes;
      this.maxFree = same.maxFree;
      this.maxCount = same.maxCount;
      this.restBound = same.restBound;
    } else this.summarise();
  }

  summarise(): void {
    let bytes = 0;
    let maxFree = 0;
    let maxCount = 0;
    let second = 0;
    const data = this.data;
    for (let j = 0, end = this.n * 2; j < end; j += 2) {
      const e = data[j]!;
      if (e > 0) {
        bytes += e;
        if (e > maxFree) {
          second = maxFree;
          maxFree = e;
          maxCount = 1;
        } else if (e === maxFree) maxCount++;
        else if (e > second) second = e;
      } else bytes -= e;
    }
    this.bytes = bytes;
    this.maxFree = maxFree;
    this.maxCount = maxCount;
    this.restBound = second;
  }

  copy(writer: AreaMap, extra: number): Leaf {
    // Room for a few splits, so the copy is not reallocated by the next insertion.
    const data = writer.arena.carve(2 * (this.n + extra + 8));
    data.set(this.data.subarray(0, 2 * this.n));
    return new Leaf(data, this.n, writer, this);
  }

  /** What is wrong with the summaries, recomputed from the entries (for tests); null when true. */
  problem(): string | null {
    let bytes = 0;
    let maxFree = 0;
    const free: number[] = [];
    for (let j = 0; j < this.n; j++) {
      const e = this.data[2 * j]!;
      bytes += e > 0 ? e : -e;
      if (e > 0) free.push(e);
      if (e > maxFree) maxFree = e;
    }
    if (bytes !== this.bytes) return `bytes ${this.bytes}, entries sum to ${bytes}`;
    if (maxFree !== this.maxFree) return `maxFree ${this.maxFree}, largest free entry ${maxFree}`;
    const largest = free.filter((e) => e === maxFree).length;
    if (this.maxCount > largest || (maxFree > 0 && this.maxCount < 1))
      return `maxCount ${this.maxCount} with ${largest} entries of ${maxFree}`;
    // Take maxCount of the largest out: everything else is at most restBound.
    const rest = free.sort((a, b) => b - a).slice(this.maxCount);
    if (rest.length > 0 && rest[0]! > this.restBound) return `restBound ${this.restBound} below ${rest[0]}`;
    return null;
  }

  /** Makes room for `count` more entries. */
  reserve(count: number): void {
    const needed = 2 * (this.n + count);
    if (needed <= this.data.length) return;
    const data = new Int32Array(Math.max(needed, this.data.length * 2));
    data.set(this.data.subarray(0, 2 * this.n));
    this.data = data;
  }

  /** An entry joins the summaries while the largest free entry is still there. */
  private addToMax(e: number): void {
    if (e > this.maxFree) {
      if (this.maxFree > this.restBound) this.restBound = this.maxFree;
      this.maxFree = e;
      this.maxCount = 1;
    } else if (e === this.maxFree) {
      if (e > 0) this.maxCount++;
    } else if (e > this.restBound) this.restBound = e;
  }

  /** Replaces the entry at `pos`; keeps the summaries true. */
  setOne(pos: number, value: number, owner: number): void {
    ONE_VALUE[0] = value;
    ONE_OWNER[0] = owner;
    this.splice(pos, 1, ONE_VALUE, ONE_OWNER);
  }

  /** Removes `del` entries at `pos` and inserts `values` there; keeps the summaries true. */
  splice(pos: number, del: number, values: readonly number[], owners: readonly number[]): void {
    const ins = values.length;
    this.reserve(ins - del);
    const data = this.data;
    for (let j = pos; j < pos + del; j++) {
      const e = data[2 * j]!;
      this.bytes -= e > 0 ? e : -e;
      if (e > 0 && e === this.maxFree) this.maxCount--;
    }
    // Every largest free entry may be gone; then everything left is at most restBound.
    const lost = this.maxCount <= 0 && this.maxFree > 0;
    if (ins !== del) data.copyWithin(2 * (pos + ins), 2 * (pos + del), 2 * this.n);
    let top = 0;
    let second = 0;
    for (let k = 0; k < ins; k++) {
      const e = values[k]!;
      data[2 * (pos + k)] = e;
      data[2 * (pos + k) + 1] = owners[k]!;
      this.bytes += e > 0 ? e : -e;
      if (!lost) this.addToMax(e);
      else if (e > top) {
        second = top;
        top = e;
      } else if (e > second) second = e;
    }
    this.n += ins - del;
    if (!lost) return;
    // A new entry at least as large as everything left is the new largest (a split's
    // remainder usually is); only otherwise is the leaf scanned again.
    const rest = this.restBound;
    if (top >= rest) {
      this.maxFree = top;
      this.maxCount = top > 0 ? 1 : 0;
      this.restBound = rest > second ? rest : second;
    } else this.summarise();
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

/** The map's entries materialised as arrays (see AreaMap.cache). */
interface Materialised {
  map: number[] | null;
  owners: number[] | null;
}

const NOT_FOUND: Cursor = { leaf: -1, pos: -1, offset: -1 };

export class AreaMap {
  /** Where copies of shared leaves are carved from; shared with every clone. */
  readonly arena: LeafArena;
  private leaves: Leaf[] = [];
  /** map_used. */
  length = 0;
  /** starts[k] is the offset of leaf k's first entry, for k < startsValid. */
  private starts: number[] = [0];
  private startsValid = 1;
  /** Leaves [0, fullLeaves) are known to hold no free byte (a lower bound). */
  private fullLeaves = 0;
  /**
   * The entries as plain arrays, once someone asked. A clone shares its source's holder until
   * either writes (then the writer takes a fresh one), so the source, its clones and the views
   * copied from them materialise an unchanged map once and hand out the same arrays: a view
   * can tell an unchanged chunk by reference.
   */
  private cache: Materialised = { map: null, owners: null };

  constructor(arena: LeafArena = new LeafArena()) {
    this.arena = arena;
  }

  static from(map: readonly number[], owners: readonly number[]): AreaMap {
    const area = new AreaMap(new LeafArena());
    const n = map.length;
    const per = Math.max(1, LEAF_MAX >> 1);
    for (let start = 0; start < n; start += per) {
      const end = Math.min(n, start + per);
      const data = new Int32Array(Math.max(2 * (end - start + 4), 8));
      for (let i = start; i < end; i++) {
        data[2 * (i - start)] = map[i]!;
        data[2 * (i - start) + 1] = owners[i] ?? -1;
      }
      area.leaves.push(new Leaf(data, end - start, area));
    }
    area.length = n;
    return area;
  }

  /** A copy sharing every leaf until one side writes to it. */
  clone(): AreaMap {
    const copy = new AreaMap(this.arena);
    const leaves = this.leaves;
    for (let k = 0; k < leaves.length; k++) leaves[k]!.writer = null;
    copy.leaves = leaves.slice();
    copy.length = this.length;
    copy.starts = this.starts.slice(0, this.startsValid);
    copy.startsValid = this.startsValid;
    copy.fullLeaves = this.fullLeaves;
    copy.cache = this.cache;
    return copy;
  }

  /** The entries as one plain array in address order (cached until the next change). */
  mapArray(): number[] {
    if (!this.cache.map) this.materialise();
    return this.cache.map!;
  }

  ownersArray(): number[] {
    if (!this.cache.owners) this.materialise();
    return this.cache.owners!;
  }

  private materialise(): void {
    const map = new Array<number>(this.length);
    const owners = new Array<number>(this.length);
    let i = 0;
    for (const leaf of this.leaves) {
      const data = leaf.data;
      for (let j = 0; j < leaf.n; j++, i++) {
        map[i] = data[2 * j]!;
        owners[i] = data[2 * j + 1]!;
      }
    }
    this.cache.map = map;
    this.cache.owners = owners;
  }

  /** For tests: the first leaf whose summaries disagree with its entries, or null. */
  summaryProblem(): string | null {
    for (let k = 0; k < this.leaves.length; k++) {
      const problem = this.leaves[k]!.problem();
      if (problem !== null) return `leaf ${k}: ${problem}`;
    }
    return null;
  }

  /** How many leaves there are (for tests and memory estimates). */
  get leafCount(): number {
    return this.leaves.length;
  }

  /**
   * The kernel's first fit: the first free entry that holds `size` bytes after the head
   * that aligns its start (head = ceil(off / align) * align - off). Skipped free entries
   * feed maxFreeBefore, exactly as the kernel's scan feeds max_contig.
   */
  firstFit(size: number, align: number): Fit {
    const leaves = this.leaves;
    let k = this.skipFullLeaves();
    let off = this.startOf(k);
    let maxFree = 0;
    // For a power-of-two align (every validated op) the head is (-off) mod align, a mask
    // instead of a division; anything else takes the kernel's formula as written.
    const mask = align - 1;
    const pow2 = align > 0 && align <= 0x40000000 && (align & mask) === 0;
    for (; k < leaves.length; k++) {
      const leaf = leaves[k]!;
      if (leaf.maxFree < size) {
        if (leaf.maxFree > maxFree) maxFree = leaf.maxFree;
        off += leaf.bytes;
        continue;
      }
      const data = leaf.data;
      // Allocated and free entries alternate unpredictably, so the loop avoids branching on
      // the sign: |e| is taken with a mask, and an allocated (negative) entry can never raise
      // maxFree, so the kernel's "free and too small" test reduces to a maximum. Only an entry
      // that holds `size` (rare until the fit) takes a branch.
      for (let j = 0, n = leaf.n; j < n; j++) {
        const e = data[2 * j]!;
        if (e >= size) {
          const head = pow2 && off <= 0x7fffffff ? -off & mask : Math.ceil(off / align) * align - off;
          if (e >= head + size)
            return { found: true, maxFreeBefore: maxFree, at: { leaf: k, pos: j, offset: off }, head };
        }
        const sign = e >> 31;
        off += (e ^ sign) - sign;
        maxFree = e > maxFree ? e : maxFree;
      }
    }
    return { found: false, maxFreeBefore: maxFree, at: NOT_FOUND, head: 0 };
  }

  /** The entry that starts at `offset`, or null when no entry starts there. */
  find(offset: number): Cursor | null {
    const leaves = this.leaves;
    if (leaves.length === 0) return null;
    // The last leaf whose start is at or before offset.
    this.startOf(leaves.length - 1);
    const starts = this.starts;
    let lo = 0;
    let hi = leaves.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const leaf = leaves[lo]!;
    const data = leaf.data;
    let off = starts[lo]!;
    for (let j = 0; j < leaf.n; j++) {
      if (off >= offset) return off === offset ? { leaf: lo, pos: j, offset: off } : null;
      const e = data[2 * j]!;
      const sign = e >> 31;
      off += (e ^ sign) - sign;
    }
    return null;
  }

  /** Leading leaves with no free byte: first fit can start after them. */
  private skipFullLeaves(): number {
    const leaves = this.leaves;
    let k = this.fullLeaves;
    while (k < leaves.length && leaves[k]!.maxFree === 0) k++;
    this.fullLeaves = k;
    return k;
  }

  /** Offset of leaf k's first entry (k may be leaves.length: the unit's end). */
  private startOf(k: number): number {
    const starts = this.starts;
    const leaves = this.leaves;
    for (let i = this.startsValid; i <= k; i++) starts[i] = starts[i - 1]! + leaves[i - 1]!.bytes;
    if (k >= this.startsValid) this.startsValid = k + 1;
    return starts[k]!;
  }

  value(at: Cursor): number {
    return this.leaves[at.leaf]!.data[2 * at.pos]!;
  }

  owner(at: Cursor): number {
    return this.leaves[at.leaf]!.data[2 * at.pos + 1]!;
  }

  isLast(at: Cursor): boolean {
    return at.leaf === this.leaves.length - 1 && at.pos === this.leaves[at.leaf]!.n - 1;
  }

  /** The entry before `at`, or null at the start of the map. */
  previous(at: Cursor): Cursor | null {
    if (at.pos > 0) return { leaf: at.leaf, pos: at.pos - 1, offset: -1 };
    if (at.leaf === 0) return null;
    return { leaf: at.leaf - 1, pos: this.leaves[at.leaf - 1]!.n - 1, offset: -1 };
  }

  /** The entry after `at`, or null at the end of the map. */
  next(at: Cursor): Cursor | null {
    if (at.pos + 1 < this.leaves[at.leaf]!.n) return { leaf: at.leaf, pos: at.pos + 1, offset: -1 };
    if (at.leaf + 1 >= this.leaves.length) return null;
    return { leaf: at.leaf + 1, pos: 0, offset: -1 };
  }

  /** Sets one entry (and its owner) in place. */
  set(at: Cursor, value: number, owner: number): void {
    const leaf = this.writable(at.leaf, 0);
    const bytes = leaf.bytes;
    leaf.setOne(at.pos, value, owner);
    this.touched(at.leaf, leaf.bytes !== bytes);
  }

  /**
   * Replaces `count` consecutive entries from `first` (they may run into the next leaves)
   * by `values`: the kernel's split (one entry becomes up to three) and merge (up to three
   * become one), without its memmove of everything after them. Cursors are stale afterwards.
   */
  replaceRun(first: Cursor, count: number, values: readonly number[], owners: readonly number[]): void {
    const k = first.leaf;
    const leaf = this.writable(k, values.length);
    const bytes = leaf.bytes;
    const take = Math.min(count, leaf.n - first.pos);
    leaf.splice(first.pos, take, values, owners);
    let remaining = count - take;
    let structural = false;
    while (remaining > 0) {
      const later = this.writable(k + 1, 0);
      const t = Math.min(remaining, later.n);
      later.splice(0, t, NONE, NONE);
      remaining -= t;
      structural = true;
      if (later.n === 0) this.leaves.splice(k + 1, 1);
    }
    this.length += values.length - count;
    this.touched(k, structural || leaf.bytes !== bytes);
    if (leaf.n === 0) this.leaves.splice(k, 1);
    else if (leaf.n > LEAF_MAX) this.splitLeaf(k);
    else if (leaf.n < LEAF_MIN) this.mergeSmall(k);
  }

  /** After a write to leaf k: caches off; its free space may be new; later starts may move. */
  private touched(k: number, bytesMoved: boolean): void {
    this.cache = { map: null, owners: null };
    if (k < this.fullLeaves) this.fullLeaves = k;
    if (bytesMoved && this.startsValid > k + 1) this.startsValid = k + 1;
  }

  /** The leaf at k, copied first when another map may still read it. */
  private writable(k: number, extra: number): Leaf {
    const leaf = this.leaves[k]!;
    if (leaf.writer === this) return leaf;
    const copy = leaf.copy(this, extra);
    this.leaves[k] = copy;
    return copy;
  }

  private splitLeaf(k: number): void {
    const leaf = this.leaves[k]!;
    const half = leaf.n >> 1;
    const rightN = leaf.n - half;
    const data = new Int32Array(2 * (rightN + 8));
    data.set(leaf.data.subarray(2 * half, 2 * leaf.n));
    leaf.n = half;
    leaf.summarise();
    this.leaves.splice(k + 1, 0, new Leaf(data, rightN, this));
    this.structureChanged(k);
  }

  /** Joins a small leaf with a neighbour when both fit in half a leaf, so leaves stay few. */
  private mergeSmall(k: number): void {
    const leaves = this.leaves;
    for (const left of [k - 1, k]) {
      const right = left + 1;
      if (left < 0 || right >= leaves.length) continue;
      const a = leaves[left]!;
      const b = leaves[right]!;
      if (a.n + b.n > LEAF_MAX >> 1) continue;
      const data = new Int32Array(2 * (a.n + b.n + 8));
      data.set(a.data.subarray(0, 2 * a.n));
      data.set(b.data.subarray(0, 2 * b.n), 2 * a.n);
      leaves.splice(left, 2, new Leaf(data, a.n + b.n, this));
      this.structureChanged(left);
      return;
    }
  }

  /** Leaves from k on were replaced or renumbered. */
  private structureChanged(k: number): void {
    if (this.startsValid > k + 1) this.startsValid = k + 1;
    if (this.fullLeaves > k) this.fullLeaves = k;
  }
}
