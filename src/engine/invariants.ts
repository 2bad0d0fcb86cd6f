import { alignUp } from './arith';
import { MAP_ENTRY_BYTES, PCPU_DFL_MAP_ALLOC, PRE_CHANGE_STATIC_MAP_SLOTS, WARN_LIMIT } from './constants';
import { chunkSlot } from './slots';
import { OWNER_FREE, type Chunk, type EngineState, type Op } from './types';

/**
 * allocator.md §13: the exact invariants 1-12 (and hint 13, which is a plain inequality).
 * Each violation becomes one readable line; an empty list means the state is sound.
 * Used by the tests after every step and available to the app as a self-check.
 */
export interface InvariantContext {
  /** The scenario's ops: enables the per-allocation checks (align, size, population). */
  ops?: readonly Op[];
  /** The state one step earlier: enables the "only grows", "never reused" and "once" checks. */
  previous?: EngineState;
}

type Report = (message: string) => void;

/** The two structures set up over the first chunk's memory (the static area is theirs). */
function isFirstChunkStructure(state: EngineState, chunk: Chunk): boolean {
  return chunk.id === state.firstChunkId || chunk.id === state.reservedChunkId;
}

/** Invariant 1: what a chunk's map must add up to. */
function expectedCoverage(state: EngineState, chunk: Chunk): number {
  const { staticSize: S, reservedSize: R, dynSize: dyn, unitSize } = state.layout;
  if (!isFirstChunkStructure(state, chunk)) return unitSize;
  if (chunk.id !== state.reservedChunkId) return S + R + dyn;
  return R > 0 ? S + R : S + dyn;
}

/** Invariant 3: the size of the first entry (static, or static + reserved for the dynamic first chunk). */
function firstEntryBase(state: EngineState, chunk: Chunk): number {
  const { staticSize: S, reservedSize: R } = state.layout;
  return chunk.id === state.reservedChunkId || state.reservedChunkId === null ? S : S + R;
}

function checkMap(state: EngineState, chunk: Chunk, report: Report): void {
  const { map } = chunk;
  const coverage = map.reduce((sum, e) => sum + Math.abs(e), 0);
  const expected = expectedCoverage(state, chunk);
  if (coverage !== expected) report(`(1) map covers ${coverage} bytes, expected ${expected}`);

  const free = map.reduce((sum, e) => (e > 0 ? sum + e : sum), 0);
  if (chunk.freeSize !== free) report(`(2) freeSize ${chunk.freeSize} but the free entries sum to ${free}`);

  map.forEach((e, i) => {
    if (e === 0) report(`(3) map[${i}] is 0`);
    if (i > 0 && e > 0 && map[i - 1]! > 0) report(`(4) map[${i - 1}] and map[${i}] are adjacent free entries`);
  });

  if (isFirstChunkStructure(state, chunk)) {
    // The static entry never shrinks or frees. It only grows when 1-3-byte alignment heads are
    // handed to it (allocator.md §6.5 a), which needs a static end that is not 4-aligned;
    // such heads never carry it past the next multiple of 4.
    const base = firstEntryBase(state, chunk);
    const first = -(map[0] ?? 0);
    if (first < base || first > alignUp(base, 4)) {
      report(`(3) first entry is ${map[0]}, expected -${base}${base % 4 ? ` to -${alignUp(base, 4)}` : ''}`);
    }
  }

  if (map.length < 1 || map.length > chunk.mapAlloc)
    report(`(5) mapUsed ${map.length} outside 1..mapAlloc ${chunk.mapAlloc}`);
  if (chunk.owners.length !== map.length)
    report(`owners has ${chunk.owners.length} entries for ${map.length} map entries`);
  map.forEach((e, i) => {
    if (e > 0 !== (chunk.owners[i] === OWNER_FREE))
      report(`owners[${i}] ${chunk.owners[i]} does not match map[${i}] ${e}`);
  });

  const largestFree = Math.max(0, ...map.filter((e) => e > 0));
  if (chunk.contigHint < largestFree)
    report(`(13) contigHint ${chunk.contigHint} below the largest free entry ${largestFree}`);
}

function isDoubling(mapAlloc: number): boolean {
  for (let n = PCPU_DFL_MAP_ALLOC; n <= mapAlloc; n *= 2) if (n === mapAlloc) return true;
  return false;
}

/** Invariant 9 and the storage rules of formats.md (initdata / kmalloc / vmalloc). */
function checkMapBuffer(state: EngineState, chunk: Chunk, report: Report): void {
  const { earlyAlloc, earlySlots, pageSize } = state.config;
  const firstChunk = isFirstChunkStructure(state, chunk);
  const initial = !firstChunk ? PCPU_DFL_MAP_ALLOC : earlyAlloc ? earlySlots : PRE_CHANGE_STATIC_MAP_SLOTS;
  if (chunk.mapAlloc !== initial && !(isDoubling(chunk.mapAlloc) && chunk.mapAlloc > initial)) {
    report(`(9) mapAlloc ${chunk.mapAlloc} is neither the initial ${initial} nor a doubling above it`);
  }
  if (firstChunk && earlyAlloc && chunk.mapAlloc < earlySlots)
    report(`(9) mapAlloc ${chunk.mapAlloc} below earlySlots ${earlySlots}`);

  const inImage = firstChunk && (earlyAlloc ? !state.slabAvailable : chunk.mapAlloc === PRE_CHANGE_STATIC_MAP_SLOTS);
  const bytes = chunk.mapAlloc * MAP_ENTRY_BYTES;
  const expected = inImage ? 'initdata' : bytes <= pageSize ? 'kmalloc' : 'vmalloc';
  if (chunk.mapStorage !== expected) report(`(9) mapStorage ${chunk.mapStorage}, expected ${expected}`);
}

function rangesOf(flat: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

function covers(flat: number[], from: number, to: number): boolean {
  let cursor = from;
  for (const [s, e] of rangesOf(flat)) if (s <= cursor && e > cursor) cursor = e;
  return cursor >= to;
}

/** Invariant 10 (state part): well-formed page ranges; first-chunk structures fully populated. */
function checkPopulated(state: EngineState, chunk: Chunk, report: Report): void {
  const unitPages = state.layout.unitSize / state.config.pageSize;
  const flat = chunk.populated;
  if (flat.length % 2) report(`(10) populated has an odd number of bounds`);
  let last = -1;
  for (const [s, e] of rangesOf(flat)) {
    if (!(s > last && s < e && e <= unitPages)) report(`(10) populated range [${s}, ${e}) is malformed or unmerged`);
    last = e;
  }
  if (chunk.immutable !== isFirstChunkStructure(state, chunk)) report(`immutable is ${chunk.immutable}`);
  if (chunk.immutable && (flat.length !== 2 || flat[0] !== 0 || flat[1] !== unitPages)) {
    report(`(10) a first-chunk structure must be populated [0, ${unitPages}), got ${JSON.stringify(rangesOf(flat))}`);
  }
}

function checkRole(state: EngineState, chunk: Chunk, report: Report): void {
  const expected =
    chunk.id === state.reservedChunkId ? 'reserved' : chunk.id === state.firstChunkId ? 'first' : 'dynamic';
  if (chunk.role !== expected) report(`role ${chunk.role}, expected ${expected}`);
}

/** Invariants 7 and 8: slot list membership. */
function checkSlots(state: EngineState, problems: string[]): void {
  const { nrSlots, unitSize } = state.layout;
  if (state.slots.length !== nrSlots) problems.push(`(7) ${state.slots.length} slot lists, expected ${nrSlots}`);
  const listedIn = new Map<number, number[]>();
  state.slots.forEach((list, slot) => {
    for (const id of list) listedIn.set(id, [...(listedIn.get(id) ?? []), slot]);
  });
  const ids = new Set(state.chunks.map((c) => c.id));
  for (const id of listedIn.keys())
    if (!ids.has(id)) problems.push(`(7) slot lists hold chunk ${id}, which does not exist`);
  for (const chunk of state.chunks) {
    const slots = listedIn.get(chunk.id) ?? [];
    if (chunk.id === state.reservedChunkId) {
      if (slots.length)
        problems.push(`chunk ${chunk.id}: (7) the reserved chunk is listed in slot ${slots.join(', ')}`);
      continue;
    }
    const expected = chunkSlot(state, chunk);
    if (slots.length !== 1 || slots[0] !== expected) {
      problems.push(`chunk ${chunk.id}: (7) listed in slots [${slots.join(', ')}], expected exactly slot ${expected}`);
    }
  }
  const last = state.slots[nrSlots - 1] ?? [];
  const fullyFree = state.chunks.filter((c) => c.freeSize === unitSize).map((c) => c.id);
  if ([...last].sort((a, b) => a - b).join() !== fullyFree.join()) {
    problems.push(`(8) last slot holds [${last.join(', ')}], fully free chunks are [${fullyFree.join(', ')}]`);
  }
  if (fullyFree.length > 1) problems.push(`(8) ${fullyFree.length} fully free chunks survive reclaim`);
  for (const id of last) {
    const chunk = state.chunks.find((c) => c.id === id);
    if (chunk && isFirstChunkStructure(state, chunk)) problems.push(`(8) first-chunk structure ${id} in the last slot`);
  }
}

/** Invariant 11 (state part) and the global counters of invariant 12. */
function checkGlobals(state: EngineState, problems: string[]): void {
  state.chunks.forEach((c, i) => {
    if (i > 0 && c.id <= state.chunks[i - 1]!.id) problems.push(`(11) chunk ids not increasing at position ${i}`);
    if (c.id >= state.nextChunkId) problems.push(`(11) chunk ${c.id} not below nextChunkId ${state.nextChunkId}`);
  });
  for (const id of [state.firstChunkId, state.reservedChunkId]) {
    if (id !== null && !state.chunks.some((c) => c.id === id)) problems.push(`first-chunk structure ${id} is missing`);
  }
  if (state.warnLimit < 0 || state.warnLimit > WARN_LIMIT)
    problems.push(`(12) warnLimit ${state.warnLimit} outside 0..${WARN_LIMIT}`);
  if (state.memAllocWarned && !state.config.earlyAlloc) problems.push(`(12) WARN_ON_ONCE fired without earlyAlloc`);
}

/** Invariant 6 and live-allocation bookkeeping; with ops also requested align, size and population. */
function checkLive(state: EngineState, ops: readonly Op[] | undefined, problems: string[]): void {
  const areas = new Map<string, { size: number; owner: number }>();
  for (const chunk of state.chunks) {
    let off = 0;
    chunk.map.forEach((e, i) => {
      if (e < 0 && chunk.owners[i]! >= 0) areas.set(`${chunk.id}@${off}`, { size: -e, owner: chunk.owners[i]! });
      off += Math.abs(e);
    });
  }
  for (const [index, where] of state.live) {
    const at = `op ${index} (chunk ${where.chunk} @${where.offset})`;
    const area = areas.get(`${where.chunk}@${where.offset}`);
    if (!area || area.owner !== index) {
      problems.push(`(6) ${at}: no allocated area owned by it starts there`);
      continue;
    }
    if (!ops) continue;
    const op = ops[index];
    if (op?.op !== 'alloc') {
      problems.push(`(6) ${at}: live, but ops[${index}] is not an alloc`);
      continue;
    }
    if (where.offset % op.align) problems.push(`(6) ${at}: offset not a multiple of align ${op.align}`);
    if (area.size < op.size) problems.push(`(6) ${at}: area of ${area.size} bytes for a ${op.size}-byte request`);
    const chunk = state.chunks.find((c) => c.id === where.chunk)!;
    const { pageSize } = state.config;
    const from = Math.floor(where.offset / pageSize);
    const to = Math.ceil((where.offset + op.size) / pageSize);
    if (!covers(chunk.populated, from, to)) problems.push(`(10) ${at}: pages [${from}, ${to}) not populated`);
  }
  for (const [key, area] of areas) {
    const where = state.live.get(area.owner);
    if (!where || `${where.chunk}@${where.offset}` !== key)
      problems.push(`(6) area ${key} owned by op ${area.owner}, which is not live there`);
  }
}

/** The step-to-step parts of invariants 10, 11 and 12. */
function checkAgainstPrevious(state: EngineState, previous: EngineState, problems: string[]): void {
  const before = new Map(previous.chunks.map((c) => [c.id, c]));
  for (const chunk of state.chunks) {
    const old = before.get(chunk.id);
    if (!old) {
      if (chunk.id < previous.nextChunkId) problems.push(`(11) chunk ${chunk.id} reappeared or reused an id`);
      continue;
    }
    for (const [s, e] of rangesOf(old.populated)) {
      if (!covers(chunk.populated, s, e))
        problems.push(`chunk ${chunk.id}: (10) populated pages [${s}, ${e}) were lost`);
    }
  }
  if (state.nextChunkId < previous.nextChunkId) problems.push(`(11) nextChunkId went back`);
  if (state.warnLimit > previous.warnLimit) problems.push(`(12) warnLimit went up`);
  if (previous.memAllocWarned && !state.memAllocWarned) problems.push(`(12) WARN_ON_ONCE was re-armed`);
  if (previous.slabAvailable && !state.slabAvailable) problems.push(`slab went offline`);
}

export function checkInvariants(state: EngineState, context: InvariantContext = {}): string[] {
  const problems: string[] = [];
  for (const chunk of state.chunks) {
    const report: Report = (message) => problems.push(`chunk ${chunk.id}: ${message}`);
    checkRole(state, chunk, report);
    checkMap(state, chunk, report);
    checkMapBuffer(state, chunk, report);
    checkPopulated(state, chunk, report);
  }
  checkSlots(state, problems);
  checkGlobals(state, problems);
  checkLive(state, context.ops, problems);
  if (context.previous) checkAgainstPrevious(state, context.previous, problems);
  return problems;
}
