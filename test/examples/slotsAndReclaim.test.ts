/**
 * allocator.md §11 Example 7: slots, list order, a stale hint, new chunks and reclaim, step by
 * step, and its pre-change twin.
 */
import { describe, expect, it } from 'vitest';
import { buildTrace } from '../../src/engine/trace';
import type { Trace } from '../../src/engine/traceTypes';
import { alloc, boot, chunkOf, config, free, lists, pages, row, run, slabOnline } from '../support/engine';

const cfg = config({ cpus: 2, cpuToNode: [0, 0], staticSize: 4096, reservedSize: 0, dynSize: 12288, atomSize: 4096 });
const ops = [
  slabOnline, // 0
  alloc(6000, 8), // 1
  alloc(4000, 8), // 2
  free(1), // 3
  alloc(5000, 8), // 4
  alloc(3000, 8), // 5
  alloc(40000, 8), // 6
  alloc(40000, 8), // 7
  alloc(20000, 8), // 8
  free(7), // 9
  free(6), // 10
  free(5), // 11
  free(8), // 12
];
const r = run(cfg, ops);
const after = (step: number) => r.states[step + 1]!;

describe('Example 7: slots, list order, stale hint, new chunks, reclaim', () => {
  it('Example 7 setup: unit 65536, 16 slots, chunk 0 first in slot 11', () => {
    const { state, dmesg } = boot(cfg);
    expect(state.layout).toMatchObject({ dynSize: 12288, unitSize: 65536, allocSize: 65536, upa: 1, nrSlots: 16 });
    expect(dmesg).toEqual([
      'PERCPU: Embedded 4 pages/cpu s4096 r0 d12288 u65536',
      'pcpu-alloc: s4096 r0 d12288 u65536 alloc=16*4096',
      'pcpu-alloc: [0] 0 [0] 1 ',
    ]);
    expect(row(state, 0)).toEqual({ map: [-4096, 12288], free: 12288, contig: 12288, slot: 11 });
    expect(lists(state)).toEqual({ 11: [0] });
  });

  it('Example 7 step 0: slab-online moves the map to kmalloc', () => {
    expect(chunkOf(after(0), 0).mapStorage).toBe('kmalloc');
    expect(row(after(0), 0)).toEqual({ map: [-4096, 12288], free: 12288, contig: 12288, slot: 11 });
    expect(lists(after(0))).toEqual({ 11: [0] });
  });

  it('Example 7 step 1: 6000/8 at 4096', () => {
    expect(r.outcomes[1]).toMatchObject({ ok: true, chunk: 0, offset: 4096 });
    expect(row(after(1), 0)).toEqual({ map: [-4096, -6000, 6288], free: 6288, contig: 6288, slot: 10 });
    expect(lists(after(1))).toEqual({ 10: [0] });
  });

  it('Example 7 step 2: 4000/8 at 10096', () => {
    expect(r.outcomes[2]).toMatchObject({ ok: true, chunk: 0, offset: 10096 });
    expect(row(after(2), 0)).toEqual({ map: [-4096, -6000, -4000, 2288], free: 2288, contig: 2288, slot: 9 });
    expect(lists(after(2))).toEqual({ 9: [0] });
  });

  it('Example 7 step 3: free step 1 moves chunk 0 up to slot 11', () => {
    expect(row(after(3), 0)).toEqual({ map: [-4096, 6000, -4000, 2288], free: 8288, contig: 6000, slot: 11 });
    expect(lists(after(3))).toEqual({ 11: [0] });
  });

  it('Example 7 step 4: 5000/8 from a non-last block leaves the hint stale at 6000', () => {
    expect(r.outcomes[4]).toMatchObject({ ok: true, chunk: 0, offset: 4096 });
    expect(row(after(4), 0)).toEqual({ map: [-4096, -5000, 1000, -4000, 2288], free: 3288, contig: 6000, slot: 9 });
    expect(lists(after(4))).toEqual({ 9: [0] });
  });

  it('Example 7 step 5: a failed scan makes the hint exact, then chunk 1 is created and serves', () => {
    expect(r.outcomes[5]).toMatchObject({ ok: true, chunk: 1, offset: 0 });
    expect(row(after(5), 0)).toMatchObject({ free: 3288, contig: 2288, slot: 9 });
    expect(row(after(5), 1)).toEqual({ map: [-3000, 62536], free: 62536, contig: 62536, slot: 13 });
    expect(pages(after(5), 1)).toEqual([[0, 1]]);
    expect(chunkOf(after(5), 1)).toMatchObject({ role: 'dynamic', mapAlloc: 16, mapStorage: 'kmalloc' });
    expect(lists(after(5))).toEqual({ 9: [0], 13: [1] });
  });

  it('Example 7 step 6: 40000/8 from chunk 1 at 3000, pages 0-10 populated', () => {
    expect(r.outcomes[6]).toMatchObject({ ok: true, chunk: 1, offset: 3000 });
    expect(row(after(6), 1)).toEqual({ map: [-3000, -40000, 22536], free: 22536, contig: 22536, slot: 12 });
    expect(pages(after(6), 1)).toEqual([[0, 11]]);
    expect(lists(after(6))).toEqual({ 9: [0], 12: [1] });
  });

  it('Example 7 step 7: the scan starts at slot 13, so chunk 2 is created and appended to slot 12', () => {
    expect(r.outcomes[7]).toMatchObject({ ok: true, chunk: 2, offset: 0 });
    expect(row(after(7), 2)).toEqual({ map: [-40000, 25536], free: 25536, contig: 25536, slot: 12 });
    expect(pages(after(7), 2)).toEqual([[0, 10]]);
    expect(lists(after(7))).toEqual({ 9: [0], 12: [1, 2] });
  });

  it('Example 7 step 8: chunk 1 heads slot 12 and serves 20000 at 43000', () => {
    expect(r.outcomes[8]).toMatchObject({ ok: true, chunk: 1, offset: 43000 });
    expect(row(after(8), 1)).toEqual({ map: [-3000, -40000, -20000, 2536], free: 2536, contig: 2536, slot: 9 });
    expect(pages(after(8), 1)).toEqual([[0, 16]]);
    expect(lists(after(8))).toEqual({ 9: [0, 1], 12: [2] });
  });

  it('Example 7 step 9: chunk 2 fully free, alone in slot 15, no reclaim', () => {
    expect(row(after(9), 2)).toEqual({ map: [65536], free: 65536, contig: 65536, slot: 15 });
    expect(lists(after(9))).toEqual({ 9: [0, 1], 15: [2] });
  });

  it('Example 7 step 10: free step 6', () => {
    expect(row(after(10), 1)).toEqual({ map: [-3000, 40000, -20000, 2536], free: 42536, contig: 40000, slot: 13 });
    expect(lists(after(10))).toEqual({ 9: [0], 13: [1], 15: [2] });
  });

  it('Example 7 step 11: free step 5 merges with the next hole', () => {
    expect(row(after(11), 1)).toEqual({ map: [43000, -20000, 2536], free: 45536, contig: 43000, slot: 13 });
    expect(lists(after(11))).toEqual(lists(after(10)));
  });

  it('Example 7 step 12: chunk 1 becomes fully free, heads slot 15, reclaim destroys chunk 2', () => {
    expect(row(after(12), 1)).toEqual({ map: [65536], free: 65536, contig: 65536, slot: 15 });
    expect(lists(after(12))).toEqual({ 9: [0], 15: [1] });
    expect(after(12).chunks.map((c) => c.id)).toEqual([0, 1]);
    expect(pages(after(12), 1)).toEqual([[0, 16]]);
  });

  it('Example 7: nothing is logged', () => {
    expect(r.outcomes.every((o) => o.dmesg.length === 0)).toBe(true);
  });
});

describe('Example 7 pre: the same trace except chunk 0 map capacity', () => {
  const post = buildTrace(cfg, ops);
  const pre = buildTrace({ ...cfg, earlyAlloc: false }, ops);

  /** The trace with chunk 0's mapAlloc and mapStorage blanked out. */
  function withoutChunk0Map(trace: Trace): unknown {
    const blank = <T extends { id: number }>(c: T) => (c.id === 0 ? { ...c, mapAlloc: 0, mapStorage: '' } : c);
    return {
      ...trace,
      setup: { ...trace.setup, chunks: trace.setup.chunks.map(blank) },
      steps: trace.steps.map((s) => ({ ...s, chunks: s.chunks.map(blank) })),
      final: { ...trace.final, chunks: trace.final.chunks.map(blank) },
    };
  }

  it('Example 7 pre: identical apart from chunk 0 mapAlloc / mapStorage', () => {
    expect(withoutChunk0Map(pre)).toEqual(withoutChunk0Map(post));
  });

  it('Example 7 pre: chunk 0 has mapAlloc 2 until step 1 extends it to 16 (kmalloc); post keeps 128', () => {
    const mapAllocOf = (t: Trace) => t.steps.map((s) => s.chunks.find((c) => c.id === 0)!.mapAlloc);
    expect(pre.setup.chunks[0]).toMatchObject({ mapAlloc: 2, mapStorage: 'initdata' });
    expect(mapAllocOf(pre)).toEqual([2, ...new Array<number>(12).fill(16)]);
    expect(mapAllocOf(post)).toEqual(new Array<number>(13).fill(128));
    expect(pre.final.chunks[0]).toMatchObject({ mapAlloc: 16, mapStorage: 'kmalloc' });
  });
});
