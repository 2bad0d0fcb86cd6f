import type { EngineEvent } from '../engine/events';
import type { EngineState, Op, StepOutcome } from '../engine/types';
import { narrateSetup } from './narrateSetup';
import { requestWords } from '../scenario/describeOp';
import { listOf, ownerName, pages, plural, quoted } from './words';
import { mapBytes, mapEntries, mapSizeWords, NEW_CHUNK_MAP_ENTRIES } from '../model/mapSize';
import { largestFreeArea, staleHintBytes } from '../model/staleHint';

export interface NarrationInput {
  /** Steps applied (0 = right after setup). */
  step: number;
  ops: readonly Op[];
  /** The record of op step-1 (null at step 0). */
  outcome: StepOutcome | null;
  /** The engine's events for op step-1, in order. */
  events: readonly EngineEvent[];
  /** The state after the step. */
  state: EngineState;
}

type Event<K extends EngineEvent['kind']> = Extract<EngineEvent, { kind: K }>;

/** Everything a sentence may need besides its own event. */
interface Context {
  op: Op;
  ops: readonly Op[];
  index: number;
  state: EngineState;
  failed: boolean;
  events: readonly EngineEvent[];
  at: number;
}

function mapName(ctx: Context, e: Event<'map-full'>): string {
  const { config } = ctx.state;
  if (!config.earlyAlloc && e.mapAlloc === 2) return 'static 2-entry map';
  if (config.earlyAlloc && !ctx.state.slabAvailable && e.mapAlloc === config.earlySlots) return 'early map';
  return 'map';
}

function mapFull(ctx: Context, e: Event<'map-full'>, tried: Event<'try-chunk'> | null): string {
  const chunk = ctx.state.chunks.find((c) => c.id === e.chunk);
  // On a failed request no allocation happened, so the state after the step still shows the free bytes it saw.
  const room = ctx.failed && chunk ? ` has ${chunk.freeSize} bytes free` : ' could fit it';
  const where = tried ? ` (slot ${tried.slot}, contig hint ${tried.contigHint} bytes)` : '';
  return (
    `Chunk ${e.chunk}${where}${room}, but its ${mapName(ctx, e)} has ${e.mapUsed} of ${e.mapAlloc} entries in use and a ` +
    `split needs 2 more, so the map must grow to ${e.newAlloc} entries (${mapBytes(e.newAlloc)} bytes).`
  );
}

function refused(e: Event<'mem-alloc-refused'>): string {
  const what =
    e.purpose === 'map'
      ? `Growing the map needs kmalloc(${e.bytes})`
      : `No listed chunk can serve it, so pcpu_alloc tries to create a chunk; its struct needs kmalloc(${e.bytes})`;
  const warn = e.warned
    ? 'WARN_ON_ONCE fires (the first time this boot) and pcpu_mem_alloc returns NULL'
    : 'pcpu_mem_alloc returns NULL (WARN_ON_ONCE already fired earlier)';
  return `${what}, and slab is not up yet → ${warn}.`;
}

function illegal(e: Event<'illegal-request'>): string {
  const why: string[] = [];
  if (e.size === 0) why.push('size 0 asks for nothing');
  if (e.size > e.maxSize)
    why.push(`size ${e.size} is more than ${e.maxSize} bytes (PCPU_MIN_UNIT_SIZE, the largest request)`);
  if (e.align > e.pageSize) why.push(`align ${e.align} is more than the ${e.pageSize}-byte page`);
  return (
    `pcpu_alloc rejects it at once: ${listOf(why)} → WARN “illegal size (${e.size}) or align (${e.align}) for percpu ` +
    'allocation”, allocation fails (illegal size or align). Nothing changes, and this does not count toward the ' +
    '10-message limit.'
  );
}

function split(ctx: Context, e: Event<'split'>): string {
  const parts: string[] = [];
  if (e.head) parts.push(`a ${e.head}-byte free head (alignment padding)`);
  parts.push(`${e.size} bytes allocated at ${e.offset + e.head}`);
  if (e.tail) parts.push(`a ${e.tail}-byte free tail`);
  const align = ctx.op.op === 'alloc' ? ctx.op.align : 1;
  const headNote = e.head ? ` (${e.offset} rounded up to a multiple of ${align} is ${e.offset + e.head})` : '';
  return `The free area at ${e.offset} (${e.head + e.size + e.tail} bytes) is split into ${listOf(parts)}${headNote}.`;
}

function freed(ctx: Context, e: Event<'freed'>): string {
  const alloc = ctx.op.op === 'free' ? ctx.op.alloc : -1;
  const target = ctx.op.op === 'free' ? ctx.ops[ctx.op.alloc] : undefined;
  const requested = target?.op === 'alloc' ? target.size : e.size;
  const extra =
    e.size > requested
      ? ` (the ${requested} requested plus ${e.size - requested} bytes it absorbed: a kept tail or heads donated by later allocations)`
      : '';
  return `free_percpu releases op #${alloc}’s area: chunk ${e.chunk} offset ${e.offset}, ${e.size} bytes become free${extra}.`;
}

function oldMapFate(e: Event<'map-extended'>): string {
  // The pre-change 2-entry first-chunk maps are ordinary static arrays, not __initdata.
  const where = e.oldFate === 'static' ? 'static' : e.oldStorage;
  const old = `The old ${e.from}-entry array (${mapBytes(e.from)} bytes, ${where})`;
  if (e.oldFate === 'static') return `${old} is a static array built into the kernel: it is simply no longer used.`;
  if (e.oldFate === 'freed') return `${old} is freed.`;
  return (
    `${old} is never freed: this commit removed the only line that remembered it (old = chunk->map), so ` +
    'pcpu_mem_free is handed NULL and every extension leaks the old map (a second latent bug of the commit; ' +
    'a 2-line fix restored that line in August 2010).'
  );
}

function crash(e: Event<'crash'>): string {
  if (e.cause === 'slot-walk') {
    return (
      `alloc_area failed on chunk ${e.chunk} and dropped it to slot 0 while pcpu_alloc was still walking its ` +
      'old slot list; the next “chunk” it would read is slot 0’s list head → undefined behaviour in the real kernel, ' +
      'so the model halts here: kernel crash. Later ops are not reached.'
    );
  }
  if (e.cause === 'struct-kfree') {
    return (
      `Reclaim destroys chunk ${e.chunk}. Its ${e.bytes}-byte struct is larger than a page, so since this commit ` +
      'pcpu_mem_alloc took it from vmalloc, but pcpu_free_chunk still releases it with kfree: a vmalloc address ' +
      'handed to kfree is undefined behaviour in the real kernel (a latent bug of this commit, fixed later by ' +
      'freeing it with pcpu_mem_free). The model halts here: kernel crash. Later ops are not reached.'
    );
  }
  const what = e.purpose === 'map' ? `kzalloc(${e.bytes}) to grow the map` : 'kzalloc for a new chunk’s struct';
  return (
    `The pre-change allocator calls ${what} although slab does not exist yet → kernel crash (the model prints ` +
    '“BUG: unable to handle kernel NULL pointer dereference at (null)”). The boot ends here; later ops are not reached.'
  );
}

function failedSentence(ctx: Context, e: Event<'failed'>): string {
  const size = ctx.op.op === 'alloc' ? ctx.op.size : 0;
  const align = ctx.op.op === 'alloc' ? ctx.op.align : 0;
  const log = e.logged
    ? ` The kernel logs “PERCPU: allocation failed, size=${size} align=${align}, ${e.reason}”.`
    : ' Nothing is logged: only the first 10 failures of a boot are reported, and they were used up earlier.';
  const limit = e.limitReached
    ? ' That was the 10th reported failure, so the kernel adds “PERCPU: limit reached, disable warning”.'
    : '';
  return `→ The allocation fails (${e.reason}).${log}${limit}`;
}

function allocated(ctx: Context, e: Event<'allocated'>): string {
  const size = e.areaSize !== e.requested ? ` (the area is ${e.areaSize} bytes for the ${e.requested} requested)` : '';
  const text = `→ Allocated in chunk ${e.chunk} at offset ${e.offset}${size}.`;
  // Nothing after 'allocated' changes this chunk's map, so the state after the step is the one to judge.
  const chunk = ctx.state.chunks.find((c) => c.id === e.chunk);
  if (!chunk) return text;
  if (staleHintBytes(chunk) === 0) return text;
  return (
    `${text} Its contig hint stays ${chunk.contigHint} bytes although the largest free area is now ${largestFreeArea(chunk)}: ` +
    'only a scan that reaches the last map entry recomputes it, so the hint is stale.'
  );
}

/** One event's sentence ('' when a neighbouring sentence already says it). */
function sentence(ctx: Context, e: EngineEvent, scans: number): string {
  switch (e.kind) {
    case 'illegal-request':
      return illegal(e);
    case 'reserved-path':
      return `It is a reserved request: only the reserved chunk (chunk ${e.chunk}) may serve it.`;
    case 'reserved-too-small':
      return `Chunk ${e.chunk}’s contig hint is ${e.contigHint} bytes, less than the ${e.size} asked for.`;
    case 'scan-start':
      return scans === 0
        ? `Scan the slot lists from slot ${e.fromSlot} (the slot for a free size of ${e.size} bytes) up to the last one.`
        : `Scan again from slot ${e.fromSlot}.`;
    case 'skip-chunk':
      return `Chunk ${e.chunk} in slot ${e.slot} is skipped: its contig hint ${e.contigHint} is less than ${e.size}.`;
    case 'try-chunk':
      return `Chunk ${e.chunk} in slot ${e.slot} (contig hint ${e.contigHint} bytes) may fit it.`;
    case 'map-full':
      return mapFull(ctx, e, null);
    case 'mem-alloc':
      // Map buffers are told by map-extended / map-copied / chunk-created.
      return e.purpose === 'chunk'
        ? `No listed chunk can serve it, so pcpu_alloc creates a new chunk (its ${e.bytes}-byte struct from ${e.storage}).`
        : '';
    case 'mem-alloc-refused':
      return refused(e);
    case 'warn-once':
      return '';
    case 'map-extended':
      return `Chunk ${e.chunk}’s map grows from ${e.from} to ${e.to} entries (${mapBytes(e.to)} bytes, ${e.storage}). ${oldMapFate(e)}`;
    case 'area-not-found':
      return (
        `alloc_area walks chunk ${e.chunk}’s map but no free area holds ${e.size} bytes at align ${e.align}; ` +
        (e.oldHint !== e.newHint
          ? `its contig hint drops from ${e.oldHint} to ${e.newHint} bytes (now exact).`
          : `its contig hint stays ${e.newHint} bytes.`)
      );
    case 'head-absorbed':
      return (
        `Aligning leaves a ${e.bytes}-byte gap at ${e.offset}` +
        (e.bytes < 4 ? ', too small to track (under 4 bytes),' : '') +
        ` so it is given to ${ownerName(e.intoOwner)}.`
      );
    case 'split':
      return split(ctx, e);
    case 'tail-kept':
      return `The ${plural(e.bytes, 'byte')} left after it are fewer than 4, so they stay part of the allocation.`;
    case 'allocated':
      return allocated(ctx, e);
    case 'hint':
      return (
        `Chunk ${e.chunk}’s contig hint goes from ${e.from} to ${e.to} bytes` +
        (e.exact
          ? ' (exact: the allocation used the last map entry, so the whole map was scanned).'
          : e.to > e.from
            ? ' (the freed area, merged, is now its largest hole).'
            : '.')
      );
    case 'relocated':
      return e.from < 0
        ? `Chunk ${e.chunk} goes to the head of slot ${e.to}` +
            (e.to === ctx.state.layout.nrSlots - 1 ? ', the slot of fully free chunks.' : '.')
        : `Chunk ${e.chunk} moves from slot ${e.from} to slot ${e.to}, at the ${e.position} of the list ` +
            `(${e.position === 'head' ? 'a chunk moving up goes to the head' : 'a chunk moving down goes to the tail'}).`;
    case 'chunk-created':
      return (
        `Chunk ${e.chunk} is created: ${e.unitSize} bytes per unit, all free, no pages populated yet, ` +
        `with a ${mapSizeWords(NEW_CHUNK_MAP_ENTRIES)}; the scan starts over.`
      );
    case 'populated':
      return `Chunk ${e.chunk}: ${pages(e.fromPage, e.toPage)} populated (backed with memory) in all ${plural(e.units, 'unit')}.`;
    case 'freed':
      return freed(ctx, e);
    case 'free-null':
      return `Op #${e.alloc} failed, so its pointer is NULL: free_percpu(NULL) does nothing.`;
    case 'merged':
      return `It merges with the free area ${e.side === 'previous' ? 'before' : 'after'} it (${e.bytes} bytes).`;
    case 'reclaim':
      return (
        `Chunk ${e.kept} is now fully free while ${e.destroyed.length === 1 ? 'chunk' : 'chunks'} ` +
        `${listOf(e.destroyed)} already sat fully free in the last slot: pcpu_reclaim keeps chunk ${e.kept} ` +
        `(the head of the list) and destroys ${e.destroyed.length === 1 ? 'chunk' : 'chunks'} ${listOf(e.destroyed)}.`
      );
    case 'chunk-destroyed':
      return (
        `Chunk ${e.chunk} is depopulated and destroyed; its id is never reused. pcpu_free_chunk releases its ` +
        `${mapSizeWords(mapEntries(e.mapBytes), e.mapStorage)} and its ${e.structBytes}-byte struct ` +
        `(from ${e.structStorage}) with kfree.`
      );
    case 'slab-online':
      return ctx.state.config.earlyAlloc
        ? 'kmem_cache_init has finished: slab_is_available() is now true, and percpu_init_late moves the early maps ' +
            'out of __initdata.'
        : 'kmem_cache_init has finished: slab_is_available() is now true. The pre-change allocator does nothing ' +
            'else: its 2-entry static maps stay until their first extension.';
    case 'map-copied':
      return (
        `Chunk ${e.chunk}’s ${e.entries}-entry map (${e.bytes} bytes) is copied into kmalloc memory; ` +
        `its capacity stays ${e.entries} entries. The __initdata original is dropped later with the rest of ` +
        'init memory.'
      );
    case 'mark':
      return 'A named point in the boot; nothing changes.';
    case 'failed':
      return failedSentence(ctx, e);
    case 'crash':
      return crash(e);
  }
}

/** Folds runs of skipped chunks into one sentence. */
function skipRun(run: Event<'skip-chunk'>[]): string {
  const size = run[0]!.size;
  return (
    `Chunks ${listOf(run.map((s) => s.chunk))} are skipped: their contig hints ` +
    `(${listOf(run.map((s) => s.contigHint))} bytes) are less than ${size}.`
  );
}

function opIntro(step: number, index: number, op: Op): string {
  const label = op.op === 'alloc' && op.label ? ` for ${quoted(op.label)}` : '';
  return `Step ${step}, op #${index}: ${requestWords(op)}${label}.`;
}

/**
 * Plain sentences telling what the op of this step did, built only from the engine's events
 * and the state after the step. Step 0 narrates the setup.
 */
export function narrate(input: NarrationInput): string[] {
  const { step, ops, outcome, events, state } = input;
  if (step === 0 || !outcome) return narrateSetup(state);
  const index = step - 1;
  const op = ops[index]!;
  const out = [opIntro(step, index, op)];
  const ctx: Context = { op, ops, index, state, failed: !outcome.ok, events, at: 0 };
  let scans = 0;
  for (let at = 0; at < events.length; at++) {
    const e = events[at]!;
    ctx.at = at;
    if (e.kind === 'skip-chunk') {
      const run = [e];
      while (events[at + 1]?.kind === 'skip-chunk') run.push(events[++at] as Event<'skip-chunk'>);
      out.push(run.length === 1 ? sentence(ctx, e, scans) : skipRun(run));
      continue;
    }
    // "Chunk 1 (slot 12, hint …) has … free but its map is full": one sentence for the pair.
    const next = events[at + 1];
    if (e.kind === 'try-chunk' && next?.kind === 'map-full' && next.chunk === e.chunk) {
      out.push(mapFull(ctx, next, e));
      at++;
      continue;
    }
    const text = sentence(ctx, e, scans);
    if (e.kind === 'scan-start') scans++;
    if (text) out.push(text);
  }
  return out;
}
