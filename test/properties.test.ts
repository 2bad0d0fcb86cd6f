/**
 * Random valid scenarios on small machines, both variants: allocator.md §13 invariants after
 * every step, allocation geometry, the pre-slab rules, log limits, and Timeline seeking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../src/engine/invariants';
import { cloneState } from '../src/engine/snapshot';
import { step } from '../src/engine/step';
import { Timeline } from '../src/engine/timeline';
import type { EngineState, Op } from '../src/engine/types';
import { opSequence, smallConfig } from './support/arbitraries';
import { alloc, config, free, run, slabOnline } from './support/engine';
import { normalizeState } from './support/normalize';

/** Where allocations of a chunk may lie: after the static (and, for chunk 1, reserved) area. */
function usableSpan(state: EngineState, chunkId: number): [number, number] {
  const { staticSize: S, reservedSize: R, dynSize: dyn, unitSize } = state.layout;
  if (chunkId === state.reservedChunkId) return R > 0 ? [S, S + R] : [S, S + dyn];
  if (chunkId === state.firstChunkId) return [S + R, S + R + dyn];
  return [0, unitSize];
}

/** Live allocations lie in their chunk's usable span, aligned, and never overlap each other. */
function geometryProblems(state: EngineState, ops: readonly Op[]): string[] {
  const problems: string[] = [];
  const byChunk = new Map<number, [number, number, number][]>();
  for (const [index, where] of state.live) {
    const op = ops[index];
    if (op?.op !== 'alloc') {
      problems.push(`op ${index} is live but not an alloc`);
      continue;
    }
    const [lo, hi] = usableSpan(state, where.chunk);
    if (where.offset < lo || where.offset + op.size > hi) problems.push(`op ${index} outside [${lo}, ${hi})`);
    if (where.offset % op.align) problems.push(`op ${index} at ${where.offset} not aligned to ${op.align}`);
    byChunk.set(where.chunk, [...(byChunk.get(where.chunk) ?? []), [where.offset, where.offset + op.size, index]]);
  }
  for (const [chunk, spans] of byChunk) {
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) {
      if (spans[i]![0] < spans[i - 1]![1])
        problems.push(`chunk ${chunk}: ops ${spans[i - 1]![2]} and ${spans[i]![2]} overlap`);
    }
  }
  return problems;
}

/** Before slab: first-chunk maps still in the kernel image, and no chunk was created. */
function preSlabProblems(state: EngineState): string[] {
  if (state.slabAvailable) return [];
  const problems: string[] = [];
  for (const c of state.chunks) {
    if (c.role === 'dynamic') problems.push(`chunk ${c.id} created before slab`);
    else if (c.mapStorage !== 'initdata') problems.push(`chunk ${c.id} map in ${c.mapStorage} before slab`);
  }
  return problems;
}

/** Runs per property and variant; with the Timeline and step() properties about 3,000 sequences in all. */
const RUNS = 1000;
const MAX_OPS = 60;
/** About 2 s each on an idle machine; generous so a loaded CI box does not time out. */
const SLOW = { timeout: 120_000 };

for (const earlyAlloc of [true, false]) {
  const variant = earlyAlloc ? 'post' : 'pre';

  describe(`random scenarios (${variant})`, () => {
    it(`${variant}: §13 invariants, geometry and the pre-slab rules hold after every step`, SLOW, () => {
      fc.assert(
        fc.property(smallConfig(earlyAlloc), opSequence(MAX_OPS), (cfg, ops) => {
          const r = run(cfg, ops);
          r.states.forEach((state, k) => {
            const previous = k > 0 ? r.states[k - 1] : undefined;
            expect(checkInvariants(state, { ops, ...(previous && { previous }) }), `after ${k} steps`).toEqual([]);
            expect(geometryProblems(state, ops), `after ${k} steps`).toEqual([]);
            expect(preSlabProblems(state), `after ${k} steps`).toEqual([]);
          });
          const ranAll = r.outcomes.length === ops.length;
          expect(ranAll || r.final.halted).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });

    it(
      `${variant}: WARN_ON_ONCE at most once, at most 10 failure reports, the limit line only with the 10th`,
      SLOW,
      () => {
        fc.assert(
          fc.property(smallConfig(earlyAlloc), opSequence(MAX_OPS), (cfg, ops) => {
            const lines = run(cfg, ops).outcomes.flatMap((o) => o.dmesg);
            const warnOnce = lines.filter((l) => l.startsWith('WARNING: at mm/percpu.c:285'));
            const failures = lines.filter((l) => l.startsWith('PERCPU: allocation failed'));
            const limit = lines.indexOf('PERCPU: limit reached, disable warning');
            expect(warnOnce.length).toBeLessThanOrEqual(earlyAlloc ? 1 : 0);
            expect(failures.length).toBeLessThanOrEqual(10);
            if (limit >= 0) {
              expect(failures).toHaveLength(10);
              expect(lines[limit - 1]).toBe(failures[9]);
            } else expect(failures.length).toBeLessThan(10);
          }),
          { numRuns: 300 },
        );
      },
    );

    it(`${variant}: Timeline.stateAt(k) and view(k) equal a replay of k steps from scratch`, SLOW, () => {
      fc.assert(
        fc.property(
          smallConfig(earlyAlloc),
          opSequence(300),
          fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
          (cfg, ops, picks) => {
            const r = run(cfg, ops);
            const timeline = new Timeline(cfg, ops);
            expect(timeline.length).toBe(r.outcomes.length);
            expect(timeline.crashed).toBe(r.final.halted);
            // Seek in a random order, forwards and backwards, across keyframes.
            for (const pick of picks) {
              const k = pick % (timeline.length + 1);
              expect(normalizeState(timeline.stateAt(k)), `stateAt(${k})`).toEqual(normalizeState(r.states[k]!));
              const view = timeline.view(k);
              expect(normalizeState(view.state), `view(${k})`).toEqual(normalizeState(r.states[k]!));
              expect(view.outcome).toEqual(k === 0 ? null : r.outcomes[k - 1]);
            }
            r.outcomes.forEach((outcome, i) => expect(timeline.outcome(i)).toEqual(outcome));
            expect(timeline.dmesgUpTo(timeline.length).map((l) => l.line)).toEqual([
              ...r.dmesg,
              ...r.outcomes.flatMap((o) => o.dmesg),
            ]);
          },
        ),
        { numRuns: 100 },
      );
    });

    it(`${variant}: step() is pure and agrees with applyOp`, SLOW, () => {
      fc.assert(
        fc.property(smallConfig(earlyAlloc), opSequence(30), (cfg, ops) => {
          const r = run(cfg, ops);
          r.outcomes.forEach((outcome, i) => {
            const before = cloneState(r.states[i]!);
            const next = step(r.states[i]!, i, ops[i]!);
            expect(normalizeState(r.states[i]!)).toEqual(normalizeState(before));
            expect(normalizeState(next.state)).toEqual(normalizeState(r.states[i + 1]!));
            expect(next.outcome).toEqual(outcome);
          });
        }),
        { numRuns: 100 },
      );
    });
  });
}

describe('checkInvariants reports broken states', () => {
  // Example 5's machine after a0 (2/1 at 49152) and a1 (4/4 at 49156), plus a created chunk 2
  // that served 30000 bytes (pages 0-7) and is fully free again.
  const cfg = config({ cpus: 4, staticSize: 40960, reservedSize: 8192, dynSize: 20480 });
  const ops: Op[] = [alloc(2, 1), alloc(4, 4), slabOnline, alloc(30000, 8), free(3)];
  const good = run(cfg, ops).final;
  const broken = (mutate: (s: EngineState) => void) => {
    const s = cloneState(good);
    mutate(s);
    return checkInvariants(s, { ops, previous: good });
  };

  it('a sound state passes', () => {
    expect(checkInvariants(good, { ops })).toEqual([]);
  });

  const cases: [string, RegExp, (s: EngineState) => void][] = [
    ['coverage', /\(1\)/, (s) => s.chunks[1]!.map.push(4)],
    ['free_size', /\(2\)/, (s) => (s.chunks[1]!.freeSize -= 1)],
    ['a shrunk static entry', /\(3\)/, (s) => s.chunks[0]!.map.splice(0, 2, -40956, 8196)],
    ['adjacent free entries', /\(4\)/, (s) => s.chunks[1]!.map.splice(3, 1, 20000, 472)],
    ['map_used above map_alloc', /\(5\)/, (s) => (s.chunks[1]!.mapAlloc = 3)],
    ['a live area that is not there', /\(6\)/, (s) => s.live.set(1, { chunk: 1, offset: 49160 })],
    ['a chunk on no slot list', /\(7\)/, (s) => (s.slots = s.slots.map(() => []))],
    [
      'two fully free chunks',
      /\(8\)/,
      (s) => {
        s.chunks.push({ ...s.chunks[2]!, id: 9 });
        s.slots[s.slots.length - 1]!.push(9);
        s.nextChunkId = 10;
      },
    ],
    ['a post first-chunk map below earlySlots', /\(9\)/, (s) => (s.chunks[0]!.mapAlloc = 64)],
    ['lost pages', /\(10\)/, (s) => (s.chunks[2]!.populated = [0, 1])],
    ['duplicate ids', /\(11\)/, (s) => (s.chunks[2]!.id = 0)],
    ['a negative warn limit', /\(12\)/, (s) => (s.warnLimit = -1)],
    ['a hint below the largest hole', /\(13\)/, (s) => (s.chunks[1]!.contigHint = 1)],
  ];
  for (const [name, pattern, mutate] of cases) {
    it(`catches ${name}`, () => {
      const problems = broken(mutate);
      expect(
        problems.some((p) => pattern.test(p)),
        problems.join('\n'),
      ).toBe(true);
    });
  }

  it('catches a destroyed chunk id coming back (11)', () => {
    const previous = cloneState(good);
    previous.chunks = previous.chunks.filter((c) => c.id !== 2);
    previous.slots = previous.slots.map((list) => list.filter((id) => id !== 2));
    expect(checkInvariants(good, { ops, previous })).toContain('(11) chunk 2 reappeared or reused an id');
  });
});
