/**
 * allocator.md §11 Example 4 (early-slot exhaustion before slab, its variants and the pre-change
 * crash) and Example 9 (the SLUB bootstrap preset).
 */
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/engine/timeline';
import { alloc, chunkOf, config, repeatedMap, row, run, slabOnline, times } from '../support/engine';

const x86_64 = { cpus: 4, staticSize: 82880, reservedSize: 8192, dynSize: 20480, atomSize: 2097152 };
const WARN_ONCE = 'WARNING: at mm/percpu.c:285 pcpu_mem_alloc()';
const FAILED = 'PERCPU: allocation failed, size=8 align=8, failed to extend area map';
const LIMIT = 'PERCPU: limit reached, disable warning';

/** 140 pre-slab 8/8 requests, slab comes up, one more request. */
const ops = [...times(140, alloc(8, 8)), slabOnline, alloc(8, 8)];

describe('Example 4: early-slot exhaustion before slab (post)', () => {
  const r = run(config(x86_64), ops);

  it('Example 4: allocations #1-#125 succeed 8 bytes apart from 91072', () => {
    for (let k = 0; k < 125; k++) expect(r.outcomes[k]).toMatchObject({ ok: true, chunk: 1, offset: 91072 + 8 * k });
    expect(r.outcomes[124]!.offset).toBe(92064);
  });

  it('Example 4: after #125 the map holds 127 entries', () => {
    const after125 = r.states[125]!;
    expect(row(after125, 1)).toEqual({ map: repeatedMap(91072, 8, 125, 22616), free: 22616, contig: 22616, slot: 12 });
    expect(chunkOf(after125, 1).map).toHaveLength(127);
  });

  it('Example 4: #126 needs an extension, WARN_ON_ONCE fires, the request fails and nothing changes', () => {
    expect(r.outcomes[125]).toMatchObject({
      ok: false,
      error: 'failed to extend area map',
      dmesg: [WARN_ONCE, FAILED],
    });
    expect(r.states[126]!.chunks).toEqual(r.states[125]!.chunks);
    expect(r.states[126]!.slots).toEqual(r.states[125]!.slots);
  });

  it('Example 4: #127-#134 log only the failure line', () => {
    for (let k = 126; k < 134; k++) expect(r.outcomes[k]!.dmesg).toEqual([FAILED]);
  });

  it('Example 4: #135 is the 10th reported failure and says the limit is reached', () => {
    expect(r.outcomes[134]!.dmesg).toEqual([FAILED, LIMIT]);
  });

  it('Example 4: #136 onwards fail silently and never create a chunk', () => {
    for (let k = 135; k < 140; k++)
      expect(r.outcomes[k]).toMatchObject({ ok: false, error: 'failed to extend area map', dmesg: [] });
    expect(r.states[140]!.chunks.map((c) => c.id)).toEqual([0, 1]);
    expect(r.states[140]!.warnLimit).toBe(0);
  });

  it('Example 4: slab-online copies both maps to kmalloc, mapAlloc stays 128', () => {
    const after = r.states[141]!;
    for (const id of [0, 1]) expect(chunkOf(after, id)).toMatchObject({ mapAlloc: 128, mapStorage: 'kmalloc' });
    expect(r.outcomes[140]!.dmesg).toEqual([]);
  });

  it('Example 4: the next request extends 128 -> 256 (kmalloc) and lands at 92072', () => {
    expect(r.outcomes[141]).toMatchObject({ ok: true, chunk: 1, offset: 92072, dmesg: [] });
    const c1 = chunkOf(r.final, 1);
    expect(c1).toMatchObject({ mapAlloc: 256, mapStorage: 'kmalloc', freeSize: 22608 });
    expect(c1.map).toHaveLength(128);
  });

  it('Example 4 without a reserved region: #126 still fails first', () => {
    const noReserved = run(config({ ...x86_64, reservedSize: 0 }), times(126, alloc(8, 8)));
    expect(row(noReserved.states[0]!, 0).map).toEqual([-82880, 23616]);
    expect(noReserved.outcomes[124]).toMatchObject({ ok: true, chunk: 0 });
    expect(noReserved.outcomes[125]).toMatchObject({ ok: false, error: 'failed to extend area map' });
  });

  it('Example 4 with an unaligned dynamic start (S 82884): the first request splits a 4-byte head, #125 fails', () => {
    const unaligned = run(config({ ...x86_64, staticSize: 82884, reservedSize: 0 }), times(125, alloc(8, 8)));
    expect(row(unaligned.states[0]!, 0).map).toEqual([-82884, 23612]);
    expect(row(unaligned.states[1]!, 0).map).toEqual([-82884, 4, -8, 23600]);
    expect(unaligned.outcomes[0]!.offset).toBe(82888);
    expect(unaligned.outcomes[123]).toMatchObject({ ok: true });
    expect(unaligned.outcomes[124]).toMatchObject({ ok: false, error: 'failed to extend area map' });
  });

  it('Example 4 general rule: with earlySlots 16 the first failure finds mapUsed 15 (#14)', () => {
    const small = run(config({ ...x86_64, earlySlots: 16 }), times(14, alloc(8, 8)));
    expect(small.outcomes[12]).toMatchObject({ ok: true });
    expect(chunkOf(small.states[13]!, 1).map).toHaveLength(15);
    expect(small.outcomes[13]).toMatchObject({
      ok: false,
      error: 'failed to extend area map',
      dmesg: [WARN_ONCE, FAILED],
    });
  });
});

describe('Example 4 pre: the parent allocator before slab', () => {
  it('Example 4 pre: allocation #1 needs 2 -> 16 entries and crashes the kernel', () => {
    const cfg = config({ ...x86_64, earlyAlloc: false });
    const r = run(cfg, ops);
    expect(r.outcomes).toHaveLength(1);
    expect(r.outcomes[0]).toMatchObject({
      ok: false,
      error: 'kernel crash',
      dmesg: ['BUG: unable to handle kernel NULL pointer dereference at (null)'],
    });
    expect(r.final.halted).toBe(true);
    expect(r.final.chunks).toEqual(r.states[0]!.chunks);
    for (const id of [0, 1]) expect(chunkOf(r.final, id)).toMatchObject({ mapAlloc: 2, mapStorage: 'initdata' });
    const timeline = new Timeline(cfg, ops);
    expect(timeline.length).toBe(1);
    expect(timeline.crashed).toBe(true);
  });
});

describe('Example 9: SLUB bootstrap preset', () => {
  it('Example 9: 15 kmem_cache_cpu requests before slab, 13 DMA caches after', () => {
    const r = run(config(x86_64), [...times(15, alloc(24, 8)), slabOnline, ...times(13, alloc(24, 8))]);
    const atSlab = r.states[16]!;
    expect(row(atSlab, 1)).toEqual({ map: repeatedMap(91072, 24, 15, 23256), free: 23256, contig: 23256, slot: 12 });
    expect(chunkOf(atSlab, 1).map).toHaveLength(17);
    expect(row(r.final, 1).map).toEqual(repeatedMap(91072, 24, 28, 22944));
    expect(chunkOf(r.final, 1).map).toHaveLength(30);
    expect(r.outcomes.every((o) => o.ok && o.dmesg.length === 0)).toBe(true);
  });

  it('Example 9 32-bit: 14 requests of 12/4 in the first chunk', () => {
    const r = run(
      config({ cpus: 4, staticSize: 33860, reservedSize: 0, dynSize: 20480, atomSize: 4194304 }),
      times(14, alloc(12, 4)),
    );
    expect(row(r.final, 0).map).toEqual(repeatedMap(33860, 12, 14, 23316));
  });
});
