/**
 * allocator.md §14 edge cases and the small rules of §6.1, §6.2 and §9.1 that the worked
 * examples do not reach. Expected values are derived in the comments from the spec text.
 */
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/engine/timeline';
import { buildTrace } from '../../src/engine/trace';
import { setup } from '../../src/engine/setup';
import { alloc, boot, chunkOf, config, free, lists, mark, pages, row, run, slabOnline } from '../support/engine';

const HALT_LINE =
  'percpu: model halted: pcpu_alloc() would walk a corrupted slot list here (undefined behaviour in the real kernel)';
/** Example 7's small machine: unit 65536, 16 slots, chunk 0 first `[-4096, 12288]`. */
const small = config({ cpus: 2, cpuToNode: [0, 0], staticSize: 4096, reservedSize: 0, dynSize: 12288, atomSize: 4096 });
const x86_64 = config({ cpus: 4, staticSize: 82880, reservedSize: 8192, dynSize: 20480 });

describe('§14.1 slot-walk hazard', () => {
  const ops = [
    slabOnline,
    alloc(1, 1), // 1 @4096
    alloc(3, 1), // 2 @4097
    alloc(1, 1), // 3 @4100
    alloc(3, 1), // 4 @4101
    alloc(1, 1), // 5 @4104
    alloc(10, 1), // 6 @4105
    alloc(12269, 1), // 7 @4115, fills the chunk
    free(2),
    free(4),
    free(6),
    alloc(8, 1), // 11: the 10-byte hole, 2 tail bytes absorbed
    alloc(3, 4), // 12: both 3-byte holes need a 3-byte head -> fails, contig 3, slot 0
    mark('never reached'),
  ];

  for (const earlyAlloc of [true, false]) {
    it(`§14.1 reproducer (${earlyAlloc ? 'post' : 'pre after slab'}) halts the boot at the failing scan`, () => {
      const r = run({ ...small, earlyAlloc }, ops);
      expect(r.outcomes.slice(1, 8).map((o) => o.offset)).toEqual([4096, 4097, 4100, 4101, 4104, 4105, 4115]);
      expect(row(r.states[11]!, 0)).toEqual({
        map: [-4096, -1, 3, -1, 3, -1, 10, -12269],
        free: 16,
        contig: 10,
        slot: 2,
      });
      expect(r.outcomes[11]).toMatchObject({ ok: true, offset: 4105 });
      expect(row(r.states[12]!, 0)).toEqual({
        map: [-4096, -1, 3, -1, 3, -1, -10, -12269],
        free: 6,
        contig: 10,
        slot: 1,
      });
      expect(r.outcomes[12]).toMatchObject({ ok: false, error: 'kernel crash', dmesg: [HALT_LINE] });
      expect(row(r.final, 0)).toEqual({ map: [-4096, -1, 3, -1, 3, -1, -10, -12269], free: 6, contig: 3, slot: 0 });
      expect(lists(r.final)).toEqual({ 0: [0] });
      expect(r.final.halted).toBe(true);
      expect(r.outcomes).toHaveLength(13);
      expect(new Timeline({ ...small, earlyAlloc }, ops).length).toBe(13);
      expect(buildTrace({ ...small, earlyAlloc }, ops).steps).toHaveLength(13);
    });
  }
});

describe('§14.2 / §14.3 first chunk without a dynamic area', () => {
  it('§14.2 pre, R > 0 and dyn 0: one structure is reserved and first, unlisted; requests create chunks', () => {
    // size_sum = PFN_ALIGN(40960 + 8192 + 0) = 49152, so the parent's dyn is 0.
    const r = run(config({ ...x86_64, staticSize: 40960, dynSize: 0, earlyAlloc: false }), [slabOnline, alloc(8, 8)]);
    const setupState = r.states[0]!;
    expect(setupState.layout.dynSize).toBe(0);
    expect(setupState.chunks.map((c) => [c.id, c.role])).toEqual([[0, 'reserved']]);
    expect(row(setupState, 0)).toMatchObject({ map: [-40960, 8192] });
    expect(lists(setupState)).toEqual({});
    expect(r.outcomes[1]).toMatchObject({ ok: true, chunk: 1, offset: 0 });
    expect(chunkOf(r.final, 1).role).toBe('dynamic');
  });

  it('§14.2 post with earlySize 0 behaves the same way', () => {
    const { state } = boot(config({ ...x86_64, staticSize: 40960, dynSize: 0, earlySize: 0 }));
    expect(state.chunks.map((c) => [c.id, c.role])).toEqual([[0, 'reserved']]);
    expect(lists(state)).toEqual({});
  });

  it('§14.3 pre, R 0 and dyn 0: chunk 0 is [-S], free 0, listed in slot 0', () => {
    const { state } = boot(config({ ...small, dynSize: 0, earlyAlloc: false }));
    expect(row(state, 0)).toEqual({ map: [-4096], free: 0, contig: 0, slot: 0 });
    expect(chunkOf(state, 0).role).toBe('first');
    expect(lists(state)).toEqual({ 0: [0] });
  });
});

describe('§14.9 / §14.10 early slot counts', () => {
  it('§14.9 earlySlots * 4 > pageSize is a failed setup with an empty trace', () => {
    const cfg = config({ earlySlots: 1025 });
    const result = setup(cfg);
    expect(result.ok).toBe(false);
    const trace = buildTrace(cfg, [alloc(8, 8)]);
    expect(trace.setup).toMatchObject({ ok: false, layout: null, dmesg: [], chunks: [] });
    expect(trace.setup.error).toMatch(/1025/);
    expect(trace.steps).toEqual([]);
    expect(trace.final).toEqual({ slabAvailable: false, chunks: [] });
    const timeline = new Timeline(cfg, [alloc(8, 8)]);
    expect(timeline.setupError).toBe(trace.setup.error);
    expect(timeline.length).toBe(0);
  });

  it('§14.9 earlySlots * 4 = pageSize still builds; without earlyAlloc earlySlots is ignored', () => {
    expect(setup(config({ earlySlots: 1024 })).ok).toBe(true);
    expect(setup(config({ earlySlots: 1025, earlyAlloc: false })).ok).toBe(true);
  });

  it('§14.10 earlySlots 2: no early allocation at all', () => {
    const r = run(config({ ...x86_64, earlySlots: 2 }), [alloc(8, 8), alloc(8, 8, { reserved: true })]);
    expect(r.outcomes[0]).toMatchObject({
      ok: false,
      error: 'failed to extend area map',
      dmesg: [
        'WARNING: at mm/percpu.c:285 pcpu_mem_alloc()',
        'PERCPU: allocation failed, size=8 align=8, failed to extend area map',
      ],
    });
    expect(r.outcomes[1]).toMatchObject({
      ok: false,
      error: 'failed to extend area map of reserved chunk',
      dmesg: ['PERCPU: allocation failed, size=8 align=8, failed to extend area map of reserved chunk'],
    });
  });
});

describe('§14.12 / §14.13 request routing', () => {
  it('§14.12 a reserved request with no reserved region takes the normal path', () => {
    const r = run(small, [alloc(8, 8, { reserved: true }), slabOnline, alloc(20000, 8, { reserved: true })]);
    expect(r.outcomes[0]).toMatchObject({ ok: true, chunk: 0, offset: 4096 });
    // 20000 bytes do not fit the 12280 left in chunk 0: a new chunk, not a reserved failure.
    expect(r.outcomes[2]).toMatchObject({ ok: true, chunk: 1, offset: 0, dmesg: [] });
  });

  it('§14.13 a whole-unit request scans only the last slot and needs a fully free chunk', () => {
    const r = run(small, [slabOnline, alloc(65536, 8)]);
    expect(r.outcomes[1]).toMatchObject({ ok: true, chunk: 1, offset: 0 });
    // free 0 < 4 puts it in slot 0.
    expect(row(r.final, 1)).toEqual({ map: [-65536], free: 0, contig: 0, slot: 0 });
    expect(pages(r.final, 1)).toEqual([[0, 16]]);
    expect(lists(r.final)).toEqual({ 0: [1], 11: [0] });
  });
});

describe('§6.1 illegal requests', () => {
  const illegal = [alloc(0, 8), alloc(65537, 8), alloc(8, 8192)];

  for (const earlyAlloc of [true, false]) {
    const line = earlyAlloc ? 710 : 714;
    it(`§6.1 ${earlyAlloc ? 'post' : 'pre'}: WARN at line ${line}, no state change, warn limit untouched`, () => {
      const r = run({ ...x86_64, earlyAlloc }, illegal);
      expect(r.outcomes.map((o) => o.dmesg)).toEqual([
        [`WARNING: at mm/percpu.c:${line} pcpu_alloc()`, 'illegal size (0) or align (8) for percpu allocation'],
        [`WARNING: at mm/percpu.c:${line} pcpu_alloc()`, 'illegal size (65537) or align (8) for percpu allocation'],
        [`WARNING: at mm/percpu.c:${line} pcpu_alloc()`, 'illegal size (8) or align (8192) for percpu allocation'],
      ]);
      expect(r.outcomes.every((o) => o.error === 'illegal size or align')).toBe(true);
      expect(r.final.chunks).toEqual(r.states[0]!.chunks);
      expect(r.final.warnLimit).toBe(10);
      expect(r.final.halted).toBe(false);
    });
  }

  it('§6.1 size 65536 and align = pageSize are legal', () => {
    const r = run(small, [slabOnline, alloc(65536, 4096), alloc(8, 4096)]);
    expect(r.outcomes[1]!.ok).toBe(true);
    expect(r.outcomes[2]).toMatchObject({ ok: true, chunk: 0, offset: 4096 });
  });
});

describe('§6.5 head absorption next to the static area', () => {
  it('§6.5 a: a 3-byte head behind an unaligned static area (S 4097) joins the static entry', () => {
    // dyn = PFN_ALIGN(4097 + 12288) - 4097 = 20480 - 4097 = 16383. A 4/4 request finds the hole
    // at 4097: head 3 < 4 goes to the allocated previous entry (free 16383 - 3 = 16380), and the
    // tail 16380 - 4 = 16376 is split off; the block was the last entry, so contig is exact.
    const r = run(config({ ...small, staticSize: 4097 }), [alloc(4, 4)]);
    expect(row(r.states[0]!, 0).map).toEqual([-4097, 16383]);
    expect(r.outcomes[0]).toMatchObject({ ok: true, chunk: 0, offset: 4100 });
    expect(row(r.final, 0)).toEqual({ map: [-4100, -4, 16376], free: 16376, contig: 16376, slot: 11 });
  });
});

describe('§6.2 / §9.1 reserved requests and the pre-change crash points', () => {
  it('§6.2 a reserved request above the reserved hint fails with its own reason', () => {
    const r = run(x86_64, [alloc(8193, 8, { reserved: true })]);
    expect(r.outcomes[0]).toMatchObject({
      ok: false,
      error: 'alloc from reserved chunk failed',
      dmesg: ['PERCPU: allocation failed, size=8193 align=8, alloc from reserved chunk failed'],
    });
  });

  it('§9.1 pre: a too-large reserved request before slab fails normally, the next legal one crashes', () => {
    const r = run({ ...x86_64, earlyAlloc: false }, [
      alloc(8193, 8, { reserved: true }),
      alloc(8, 8, { reserved: true }),
    ]);
    expect(r.outcomes[0]).toMatchObject({ ok: false, error: 'alloc from reserved chunk failed' });
    expect(r.outcomes[1]).toMatchObject({ ok: false, error: 'kernel crash' });
  });

  it('§9.1 pre: with no chunk able to serve, creating one before slab crashes too', () => {
    // 30000 > the first chunk's 23616 hint: the scan finds nothing and pcpu_create_chunk is reached.
    const r = run({ ...x86_64, earlyAlloc: false }, [alloc(30000, 8)]);
    expect(r.outcomes[0]).toMatchObject({ ok: false, error: 'kernel crash' });
    expect(r.final.chunks).toEqual(r.states[0]!.chunks);
  });

  it('§6.6 post: creating a chunk before slab is refused (WARN_ON_ONCE) as "failed to allocate new chunk"', () => {
    const r = run(x86_64, [alloc(30000, 8), alloc(30000, 8)]);
    expect(r.outcomes[0]!.dmesg).toEqual([
      'WARNING: at mm/percpu.c:285 pcpu_mem_alloc()',
      'PERCPU: allocation failed, size=30000 align=8, failed to allocate new chunk',
    ]);
    expect(r.outcomes[1]!.dmesg).toEqual([
      'PERCPU: allocation failed, size=30000 align=8, failed to allocate new chunk',
    ]);
  });

  it('formats.md: freeing an allocation that failed is free_percpu(NULL), a no-op', () => {
    const r = run(x86_64, [alloc(30000, 8), free(0)]);
    expect(r.outcomes[1]).toMatchObject({ ok: true, chunk: null, offset: null, dmesg: [] });
    expect(r.final.chunks).toEqual(r.states[1]!.chunks);
  });
});
