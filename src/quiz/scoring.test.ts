/**
 * Scoring against real engine runs (allocator.md §11 Examples 4, 5 and 7). The rules: 2 points a
 * question; success: 1 for the chunk, 1 more for the offset in that chunk; failure: 2 for the
 * reason, 1 for "fails" with another reason; the wrong outcome scores 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import type { AllocOp, Op } from '../engine/types';
import { withDefaults } from '../scenario/defaults';
import { buildQuestion, nextQuestionStep } from './question';
import { FAILURE_REASONS } from './reasons';
import { emptySession, recordAnswer, scorePrediction, sessionTotals } from './scoring';
import type { Question } from './types';

const alloc = (size: number, align: number): AllocOp => ({ op: 'alloc', size, align });

const example4 = new Timeline(
  withDefaults({ cpus: 4, staticSize: 82880, reservedSize: 8192, dynSize: 20480 }),
  Array.from({ length: 127 }, () => alloc(8, 8)),
);
const q126 = buildQuestion(example4, 125)!;

const example5 = new Timeline(withDefaults({ cpus: 4, staticSize: 40960, reservedSize: 8192, dynSize: 20480 }), [
  alloc(2, 1),
  alloc(4, 4),
]);
const a1 = buildQuestion(example5, 1)!;

const example7 = new Timeline(
  withDefaults({ cpus: 2, staticSize: 4096, reservedSize: 0, dynSize: 12288, atomSize: 4096 }),
  [{ op: 'slab-online' }, alloc(6000, 8), alloc(4000, 8), { op: 'free', alloc: 1 }, alloc(5000, 8), alloc(3000, 8)],
);
const newChunk = buildQuestion(example7, 5)!;

describe('a failing allocation (Example 4, #126)', () => {
  it('fails with the right reason: 2 of 2', () => {
    const s = scorePrediction(q126, { kind: 'failure', reason: 'failed to extend area map' });
    expect(s).toMatchObject({ points: 2, max: 2, outcomeRight: true, reasonRight: true });
  });

  it('fails with another reason: 1 of 2, and the feedback names both reasons', () => {
    const s = scorePrediction(q126, { kind: 'failure', reason: 'failed to allocate new chunk' });
    expect(s).toMatchObject({ points: 1, outcomeRight: true, reasonRight: false });
    expect(s.feedback.join(' ')).toContain('failed to allocate new chunk');
    expect(s.feedback.join(' ')).toContain('failed to extend area map');
  });

  it('predicting success where the free tail starts (92072) scores 0', () => {
    expect(scorePrediction(q126, { kind: 'success', chunk: 1, offset: 92072 }).points).toBe(0);
  });
});

describe('an aligned allocation (Example 5, a1 at 49156)', () => {
  it('right chunk and offset: 2 of 2', () => {
    expect(scorePrediction(a1, { kind: 'success', chunk: 1, offset: 49156 })).toMatchObject({
      points: 2,
      chunkRight: true,
      offsetRight: true,
    });
  });

  it('right chunk, the unaligned start 49154: 1 of 2', () => {
    const s = scorePrediction(a1, { kind: 'success', chunk: 1, offset: 49154 });
    expect(s).toMatchObject({ points: 1, chunkRight: true, offsetRight: false });
    expect(s.feedback.join(' ')).toContain('49156');
  });

  it('the right number in the wrong chunk does not count: 0 of 2', () => {
    const s = scorePrediction(a1, { kind: 'success', chunk: 0, offset: 49156 });
    expect(s).toMatchObject({ points: 0, chunkRight: false, offsetRight: false });
  });

  it('right chunk without an offset: 1 of 2', () => {
    expect(scorePrediction(a1, { kind: 'success', chunk: 1, offset: null }).points).toBe(1);
  });

  it('predicting a failure of a success: 0 of 2', () => {
    expect(scorePrediction(a1, { kind: 'failure', reason: 'failed to extend area map' }).points).toBe(0);
  });
});

describe('an allocation that creates a chunk (Example 7, step 5)', () => {
  it('"a new chunk" at 0 is right; chunk 0 is wrong', () => {
    expect(scorePrediction(newChunk, { kind: 'success', chunk: 'new', offset: 0 }).points).toBe(2);
    expect(scorePrediction(newChunk, { kind: 'success', chunk: 0, offset: 0 }).points).toBe(0);
  });
});

describe('the session score', () => {
  it('adds each question once: 2 + 1 + 0 = 3 of 6, one exact', () => {
    let session = emptySession();
    session = recordAnswer(
      session,
      125,
      scorePrediction(q126, { kind: 'failure', reason: 'failed to extend area map' }),
    );
    session = recordAnswer(session, 1, scorePrediction(a1, { kind: 'success', chunk: 1, offset: 49154 }));
    session = recordAnswer(session, 5, scorePrediction(newChunk, { kind: 'success', chunk: 0, offset: 0 }));
    // Answering step 1 again does not change the score.
    session = recordAnswer(session, 1, scorePrediction(a1, { kind: 'success', chunk: 1, offset: 49156 }));
    expect(sessionTotals(session)).toEqual({ points: 3, max: 6, answered: 3, exact: 1 });
  });

  it('starts at 0 of 0', () => {
    expect(sessionTotals(emptySession())).toEqual({ points: 0, max: 0, answered: 0, exact: 0 });
  });
});

/** Small scenarios where heads, tails, new chunks and map limits all show up. */
const smallScenario = fc.record({
  earlyAlloc: fc.boolean(),
  reservedSize: fc.constantFrom(0, 8192),
  earlySlots: fc.constantFrom(4, 16, 128),
  slabAt: fc.integer({ min: 0, max: 12 }),
  requests: fc.array(
    fc.record({
      size: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1000, max: 40000 })),
      align: fc.integer({ min: 0, max: 6 }).map((k) => 2 ** k),
      reserved: fc.boolean(),
    }),
    { minLength: 1, maxLength: 14 },
  ),
});

function* questionsOf(timeline: Timeline): Generator<Question> {
  for (let k = nextQuestionStep(timeline, 0); k !== null; k = nextQuestionStep(timeline, k + 1)) {
    yield buildQuestion(timeline, k)!;
  }
}

describe('every question of a random run', () => {
  it('offers its own answer, scores it 2, and scores anything between 0 and 2', () => {
    fc.assert(
      fc.property(smallScenario, ({ earlyAlloc, reservedSize, earlySlots, slabAt, requests }) => {
        const ops: Op[] = requests.map((r) => ({ op: 'alloc', ...r }));
        ops.splice(Math.min(slabAt, ops.length), 0, { op: 'slab-online' });
        const cfg = withDefaults({
          cpus: 2,
          staticSize: 4100,
          reservedSize,
          dynSize: 12288,
          atomSize: 4096,
          earlyAlloc,
          earlySlots,
        });
        const timeline = new Timeline(cfg, ops);
        for (const q of questionsOf(timeline)) {
          const { answer } = q;
          if (answer.kind === 'success') {
            expect(q.offsetChoices).toContain(answer.offset);
            expect(q.chunkChoices.map((c) => c.value)).toContain(answer.chunk);
            expect(scorePrediction(q, { kind: 'success', chunk: answer.chunk, offset: answer.offset }).points).toBe(2);
          } else {
            expect(scorePrediction(q, { kind: 'failure', reason: answer.reason }).points).toBe(2);
          }
          for (const reason of FAILURE_REASONS) {
            const points = scorePrediction(q, { kind: 'failure', reason }).points;
            expect(points).toBeGreaterThanOrEqual(0);
            expect(points).toBeLessThanOrEqual(2);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
