import type { LiveAlloc } from './types';

/** A key with no live allocation. Chunk ids are never negative. */
const ABSENT = -1;

/**
 * The live allocations, keyed by the alloc op's index: a Map's reading interface over two
 * typed arrays indexed by that number. Replays make and free tens of thousands of
 * allocations; a hash map with an object per allocation cost more than the area maps.
 *
 * Iteration runs in ascending op index, which is the order a Map would give: an op index
 * allocates at most once, and ops run in index order, so allocations are always inserted in
 * ascending order (a key set again while live keeps its place, as in a Map).
 *
 * The storage is in private fields so equality checks (toEqual) see only the entries.
 */
export class LiveAllocs implements Iterable<[number, LiveAlloc]> {
  #chunks: Int32Array;
  #offsets: Int32Array;
  #count = 0;
  /** Every live key is below this. */
  #end = 0;

  constructor(capacity = 64) {
    this.#chunks = new Int32Array(Math.max(1, capacity)).fill(ABSENT);
    this.#offsets = new Int32Array(Math.max(1, capacity));
  }

  static of(entries: Iterable<readonly [number, LiveAlloc]>): LiveAllocs {
    const live = new LiveAllocs();
    for (const [key, where] of entries) live.put(key, where.chunk, where.offset);
    return live;
  }

  get size(): number {
    return this.#count;
  }

  get [Symbol.toStringTag](): string {
    return 'LiveAllocs';
  }

  has(key: number): boolean {
    return this.chunkOf(key) !== ABSENT;
  }

  /** The chunk of allocation `key`, or -1 when it is not live (no object made: the hot path). */
  chunkOf(key: number): number {
    return Number.isInteger(key) && key >= 0 && key < this.#end ? this.#chunks[key]! : ABSENT;
  }

  /** The offset of allocation `key`; only meaningful when chunkOf(key) is not -1. */
  offsetOf(key: number): number {
    return this.#offsets[key]!;
  }

  get(key: number): LiveAlloc | undefined {
    const chunk = this.chunkOf(key);
    return chunk === ABSENT ? undefined : { chunk, offset: this.#offsets[key]! };
  }

  set(key: number, where: LiveAlloc): this {
    this.put(key, where.chunk, where.offset);
    return this;
  }

  put(key: number, chunk: number, offset: number): void {
    if (!Number.isInteger(key) || key < 0) throw new RangeError(`live allocation key ${key}: not an op index`);
    if (chunk < 0) throw new RangeError(`live allocation ${key}: chunk ${chunk} is not a chunk id`);
    if (key >= this.#chunks.length) this.#grow(key + 1);
    if (this.#chunks[key] === ABSENT) this.#count++;
    this.#chunks[key] = chunk;
    this.#offsets[key] = offset;
    if (key >= this.#end) this.#end = key + 1;
  }

  delete(key: number): boolean {
    if (this.chunkOf(key) === ABSENT) return false;
    this.#chunks[key] = ABSENT;
    this.#count--;
    return true;
  }

  clear(): void {
    this.#chunks.fill(ABSENT, 0, this.#end);
    this.#count = 0;
    this.#end = 0;
  }

  /** An independent copy: two array copies, no per-allocation work. */
  clone(): LiveAllocs {
    const copy = new LiveAllocs(0);
    copy.#chunks = this.#chunks.slice(0, Math.max(1, this.#end));
    copy.#offsets = this.#offsets.slice(0, Math.max(1, this.#end));
    copy.#count = this.#count;
    copy.#end = this.#end;
    return copy;
  }

  /** The entries as flat [key, chunk, offset, ...] triples in key order (a compact checkpoint). */
  toFlat(): Int32Array {
    const flat = new Int32Array(this.#count * 3);
    const chunks = this.#chunks;
    const offsets = this.#offsets;
    for (let key = 0, k = 0; key < this.#end; key++) {
      const chunk = chunks[key]!;
      if (chunk === ABSENT) continue;
      flat[k++] = key;
      flat[k++] = chunk;
      flat[k++] = offsets[key]!;
    }
    return flat;
  }

  forEach(visit: (where: LiveAlloc, key: number, live: this) => void): void {
    const chunks = this.#chunks;
    for (let key = 0; key < this.#end; key++) {
      const chunk = chunks[key]!;
      if (chunk !== ABSENT) visit({ chunk, offset: this.#offsets[key]! }, key, this);
    }
  }

  *keys(): IterableIterator<number> {
    for (let key = 0; key < this.#end; key++) if (this.#chunks[key] !== ABSENT) yield key;
  }

  *values(): IterableIterator<LiveAlloc> {
    for (const key of this.keys()) yield { chunk: this.#chunks[key]!, offset: this.#offsets[key]! };
  }

  *entries(): IterableIterator<[number, LiveAlloc]> {
    for (const key of this.keys()) yield [key, { chunk: this.#chunks[key]!, offset: this.#offsets[key]! }];
  }

  [Symbol.iterator](): IterableIterator<[number, LiveAlloc]> {
    return this.entries();
  }

  #grow(needed: number): void {
    const capacity = Math.max(needed, this.#chunks.length * 2);
    const chunks = new Int32Array(capacity).fill(ABSENT);
    chunks.set(this.#chunks.subarray(0, this.#end));
    const offsets = new Int32Array(capacity);
    offsets.set(this.#offsets.subarray(0, this.#end));
    this.#chunks = chunks;
    this.#offsets = offsets;
  }
}
