/**
 * Questions built from real engine runs, checked against allocator.md §11:
 * Example 4 (early-slot exhaustion), Example 5 (alignment heads), Example 7 (a new chunk),
 * Example 8 (reserved path, non-alloc ops skipped), and the pre-change crash.
 */
import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import type { AllocOp, Config, Op } from '../engine/types';
import { withDefaults } from '../scenario/defaults';
import { EXAMPLE_1 } from '../../test/support/specFixtures';
import { answerText, buildQuestion, isQuestionStep, nextQuestionStep, skippedOpsBefore } from './question';
import { FAILURE_REASONS } from './reasons';

const alloc = (size: number, align: number, extra: Partial<AllocOp> = {}): AllocOp => ({
  op: 'alloc',
  size,
  align,
  ...extra,
});

/** allocator.md Example 5: S 40960, R 8192, D 20480. */
const EXAMPLE_5: Config = withDefaults({ cpus: 4, staticSize: 40960, reservedSize: 8192, dynSize: 20480 });

describe('Example 4: early-slot exhaustion', () => {
  const timeline = new Timeline(
    EXAMPLE_1,
    Array.from({ length: 130 }, () => alloc(8, 8)),
  );

  it('the 125th 8-byte allocation (op 124) lands in chunk 1 at 91072 + 8·124 = 92064', () => {
    const q = buildQuestion(timeline, 124)!;
    expect(q.answer).toEqual({ kind: 'success', chunk: 1, chunkId: 1, offset: 92064 });
    expect(q.offsetChoices).toContain(92064);
  });

  it('the 126th fails with "failed to extend area map"', () => {
    const q = buildQuestion(timeline, 125)!;
    expect(q.answer).toEqual({ kind: 'failure', reason: 'failed to extend area map' });
    expect(answerText(q)).toContain('failed to extend area map');
  });

  it('shows the state before #126: chunk 1 map_used 127 of 128, 22616 free, hint 22616, slot 12', () => {
    const q = buildQuestion(timeline, 125)!;
    const dchunk = q.chunks.find((c) => c.id === 1)!;
    expect(dchunk).toMatchObject({
      role: 'first',
      mapUsed: 127,
      mapAlloc: 128,
      freeSize: 22616,
      contigHint: 22616,
      slot: 12,
    });
    // After 125 eight-byte areas: 91072 + 125·8 = 92072 is where the free tail starts.
    expect(dchunk.freeAreas).toEqual([{ offset: 92072, size: 22616 }]);
    expect(dchunk.mapText).toBe('[-91072, -8 ×125, 22616]');
    // The reserved chunk [-82880, 8192] is on no slot list.
    expect(q.chunks.find((c) => c.id === 0)).toMatchObject({ role: 'reserved', slot: null, freeSize: 8192 });
    expect(q.slabAvailable).toBe(false);
  });

  it('offers every live chunk, a new chunk, and all seven failure reasons', () => {
    const q = buildQuestion(timeline, 125)!;
    expect(q.chunkChoices.map((c) => c.value)).toEqual([0, 1, 'new']);
    expect(q.reasonChoices.map((r) => r.value)).toEqual(FAILURE_REASONS);
    expect(FAILURE_REASONS).toHaveLength(7);
  });

  it('pre-change: the very first allocation crashes the kernel (2 → 16 entries needs kzalloc before slab)', () => {
    const pre = new Timeline({ ...EXAMPLE_1, earlyAlloc: false }, [alloc(8, 8), alloc(8, 8)]);
    const q = buildQuestion(pre, 0)!;
    expect(q.answer).toEqual({ kind: 'failure', reason: 'kernel crash' });
    expect(q.chunks.find((c) => c.id === 1)!.mapAlloc).toBe(2);
    // Nothing runs after the crash, so op 1 is no question.
    expect(buildQuestion(pre, 1)).toBeNull();
    expect(nextQuestionStep(pre, 1)).toBeNull();
  });
});

describe('Example 5: alignment heads', () => {
  const ops: Op[] = [alloc(2, 1), alloc(4, 4), alloc(8, 8), alloc(64, 64), alloc(32, 16)];
  const timeline = new Timeline(EXAMPLE_5, ops);

  it('a1 (4/4) lands at 49156: the 2-byte head goes to a0; 49154, where the free area starts, is a distractor', () => {
    const q = buildQuestion(timeline, 1)!;
    expect(q.answer).toEqual({ kind: 'success', chunk: 1, chunkId: 1, offset: 49156 });
    expect(q.chunks.find((c) => c.id === 1)!.freeAreas).toEqual([{ offset: 49154, size: 20478 }]);
    expect(q.offsetChoices).toEqual(expect.arrayContaining([49154, 49156]));
    expect(q.offsetChoices.length).toBeLessThanOrEqual(5);
    expect([...q.offsetChoices].sort((a, b) => a - b)).toEqual(q.offsetChoices);
  });

  it('a3 (64/64) lands at 49216 = ALIGN(49168, 64); 49168 is offered too', () => {
    const q = buildQuestion(timeline, 3)!;
    expect(q.answer).toMatchObject({ kind: 'success', chunk: 1, offset: 49216 });
    expect(q.offsetChoices).toEqual(expect.arrayContaining([49168, 49216]));
  });

  it('a4 (32/16) first-fits the 48-byte hole at 49168', () => {
    const q = buildQuestion(timeline, 4)!;
    expect(q.answer).toMatchObject({ kind: 'success', chunk: 1, offset: 49168 });
    expect(q.chunks.find((c) => c.id === 1)!.freeAreas).toEqual([
      { offset: 49168, size: 48 },
      { offset: 49280, size: 20352 },
    ]);
  });
});

describe('Example 7: a request no listed chunk can serve creates one', () => {
  const cfg = withDefaults({ cpus: 2, staticSize: 4096, reservedSize: 0, dynSize: 12288, atomSize: 4096 });
  const ops: Op[] = [
    { op: 'slab-online' },
    alloc(6000, 8),
    alloc(4000, 8),
    { op: 'free', alloc: 1 },
    alloc(5000, 8),
    alloc(3000, 8),
  ];
  const timeline = new Timeline(cfg, ops);

  it('step 5 (alloc 3000/8) is served by a new chunk, c1, at offset 0', () => {
    const q = buildQuestion(timeline, 5)!;
    expect(q.answer).toEqual({ kind: 'success', chunk: 'new', chunkId: 1, offset: 0 });
    expect(q.chunkChoices.map((c) => c.value)).toEqual([0, 'new']);
    expect(q.offsetChoices).toContain(0);
    // c0 before step 5: [-4096, -5000, 1000, -4000, 2288] with the stale hint 6000.
    expect(q.chunks[0]).toMatchObject({ mapText: '[-4096, -5000, 1000, -4000, 2288]', contigHint: 6000, slot: 9 });
    expect(answerText(q)).toContain('new chunk');
  });

  it('skips the slab-online and the free: op 0 and op 3 are no questions', () => {
    expect(isQuestionStep(timeline, 0)).toBe(false);
    expect(nextQuestionStep(timeline, 0)).toBe(1);
    expect(nextQuestionStep(timeline, 3)).toBe(4);
    expect(skippedOpsBefore(timeline, 4).map((s) => s.index)).toEqual([3]);
    expect(skippedOpsBefore(timeline, 1).map((s) => s.op.op)).toEqual(['slab-online']);
    expect(nextQuestionStep(timeline, 6)).toBeNull();
  });
});

describe('Example 8: the reserved path', () => {
  const cfg = withDefaults({
    cpus: 4,
    cpuToNode: [0, 0, 1, 1],
    staticSize: 40960,
    reservedSize: 8192,
    dynSize: 20480,
  });
  const ops: Op[] = [
    alloc(32, 8),
    alloc(4096, 4096, { reserved: true }),
    { op: 'free', alloc: 0 },
    { op: 'mark', label: 'x' },
    { op: 'slab-online' },
    alloc(16, 8),
  ];
  const timeline = new Timeline(cfg, ops);

  it('op 1 (4096/4096 reserved) lands in reserved chunk 0 at 40960', () => {
    const q = buildQuestion(timeline, 1)!;
    expect(q.answer).toEqual({ kind: 'success', chunk: 0, chunkId: 0, offset: 40960 });
    expect(q.offsetChoices).toContain(40960);
  });

  it('after op 1 the next question is op 5, with the free, the mark and slab-online skipped', () => {
    expect(nextQuestionStep(timeline, 2)).toBe(5);
    expect(skippedOpsBefore(timeline, 5).map((s) => s.op.op)).toEqual(['free', 'mark', 'slab-online']);
    // op 0 was freed, so chunk 1 is back to [-49152, 20480]: 16/8 lands at 49152.
    expect(buildQuestion(timeline, 5)!.answer).toMatchObject({ chunk: 1, offset: 49152 });
  });
});

describe('requests the kernel rejects', () => {
  it('size 0 fails with "illegal size or align"', () => {
    const timeline = new Timeline(EXAMPLE_5, [alloc(0, 8)]);
    expect(buildQuestion(timeline, 0)!.answer).toEqual({ kind: 'failure', reason: 'illegal size or align' });
  });

  it('steps outside the run are no questions', () => {
    const timeline = new Timeline(EXAMPLE_5, [alloc(8, 8)]);
    expect(buildQuestion(timeline, -1)).toBeNull();
    expect(buildQuestion(timeline, 0.5)).toBeNull();
    expect(buildQuestion(timeline, 1)).toBeNull();
  });
});
