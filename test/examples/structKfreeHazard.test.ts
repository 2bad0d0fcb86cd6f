/**
 * allocator.md §7.3 (last bullet) and §14 item 14: since this commit a chunk struct larger than
 * a page comes from vmalloc, but pcpu_free_chunk releases it with kfree. Expected values are
 * the spec's reproducer and the formula 64 + 8 × ceil(unit pages / 64).
 */
import { describe, expect, it } from 'vitest';
import { chunkStructBytes } from '../../src/engine/chunkStruct';
import { Timeline } from '../../src/engine/timeline';
import { buildTrace } from '../../src/engine/trace';
import type { Op } from '../../src/engine/types';
import { alloc, config, free, lists, run, slabOnline, times } from '../support/engine';

const HALT_LINE =
  "percpu: model halted: pcpu_free_chunk() would kfree() a vmalloc'd chunk struct here (undefined behaviour in the real kernel)";
const MIB = 1024 * 1024;
/** The spec's reproducer machine: 1 CPU, 4 KiB pages, 128 MiB atom → 128 MiB unit. */
const machine = config({ cpus: 1, cpuToNode: [0], atomSize: 128 * MIB, staticSize: 40960, reservedSize: 8192, dynSize: 20480 });
/** slab-online, 2049 × 64 KiB allocations (op 1..2049), then every one freed in order. */
const reproducer: Op[] = [
  slabOnline,
  ...times(2049, alloc(65536, 1)),
  ...Array.from({ length: 2049 }, (_, i) => free(i + 1)),
];

describe('pcpu_chunk_struct_size (§14 item 14)', () => {
  it('is 64 bytes plus one long per 64 unit pages on a 64-bit kernel', () => {
    // Example 1's 1 MiB unit on 4 KiB pages: 256 pages → 4 longs → 96 bytes.
    expect(chunkStructBytes(MIB, 4096)).toBe(96);
    // The smallest vmalloc'd struct on 4 KiB pages: 128 MiB → 32768 pages → 512 longs → 4160.
    expect(chunkStructBytes(128 * MIB, 4096)).toBe(4160);
    // One page less than that still fits a page: 64 MiB → 16384 pages → 256 longs → 2112.
    expect(chunkStructBytes(64 * MIB, 4096)).toBe(2112);
    // A partial long still takes a whole long: 65 pages → 2 longs.
    expect(chunkStructBytes(65 * 4096, 4096)).toBe(80);
  });
});

describe('§14 item 14: kfree of a vmalloc’d chunk struct', () => {
  it('post: the free whose reclaim destroys chunk 2 halts the boot with chunks 0, 1 and 3 left', () => {
    const r = run(machine, reproducer);
    expect(r.states[0]!.layout.unitSize).toBe(128 * MIB);
    // 2048 × 64 KiB fill created chunk 2; the 2049th creates chunk 3.
    expect(r.outcomes[1]).toMatchObject({ ok: true, chunk: 2, offset: 0 });
    expect(r.outcomes[2048]).toMatchObject({ ok: true, chunk: 2, offset: 2047 * 65536 });
    expect(r.outcomes[2049]).toMatchObject({ ok: true, chunk: 3, offset: 0 });
    // Every free but the last is an ordinary one.
    expect(r.outcomes.slice(2050, 4098).every((o) => o.ok && o.error === null)).toBe(true);
    const last = r.outcomes[4098]!;
    expect(last).toEqual({ index: 4098, op: 'free', ok: false, chunk: null, offset: null, error: 'kernel crash', dmesg: [HALT_LINE] });
    expect(r.final.halted).toBe(true);
    expect(r.final.chunks.map((c) => [c.id, c.role])).toEqual([
      [0, 'reserved'],
      [1, 'first'],
      [3, 'dynamic'],
    ]);
    // The survivor is the chunk whose free triggered reclaim, fully free at the last slot.
    const nrSlots = r.final.layout.nrSlots;
    expect(lists(r.final)[nrSlots - 1]).toEqual([3]);
  });

  it('post: the trace ends at the crashing free and the timeline stops there too', () => {
    const trace = buildTrace(machine, [...reproducer, slabOnline]);
    expect(trace.steps).toHaveLength(4099);
    expect(trace.steps.at(-1)).toMatchObject({ op: 'free', ok: false, error: 'kernel crash', dmesg: [HALT_LINE] });
    expect(trace.final.chunks.map((c) => c.id)).toEqual([0, 1, 3]);
    expect(new Timeline(machine, reproducer).length).toBe(4099);
  });

  it('pre: kzalloc puts the struct in slab whatever its size, so the same boot reclaims normally', () => {
    const r = run({ ...machine, earlyAlloc: false }, reproducer);
    expect(r.final.halted).toBe(false);
    expect(r.outcomes.every((o) => o.ok)).toBe(true);
    expect(r.final.chunks.map((c) => c.id)).toEqual([0, 1, 3]);
  });

  it('post: a struct that fits a page (64 MiB unit) is kfree’d legally and the boot goes on', () => {
    const cfg = { ...machine, atomSize: 64 * MIB };
    const ops: Op[] = [slabOnline, ...times(1025, alloc(65536, 1)), ...Array.from({ length: 1025 }, (_, i) => free(i + 1))];
    const r = run(cfg, ops);
    expect(r.states[0]!.layout.unitSize).toBe(64 * MIB);
    expect(r.outcomes[1025]).toMatchObject({ ok: true, chunk: 3, offset: 0 });
    expect(r.final.halted).toBe(false);
    expect(r.outcomes.every((o) => o.ok)).toBe(true);
    expect(r.final.chunks.map((c) => c.id)).toEqual([0, 1, 3]);
  });
});
