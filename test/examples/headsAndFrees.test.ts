/**
 * allocator.md §11 Example 5 (alignment heads) and Example 6 (frees and merging, continuing it),
 * and Example 8's ops (the formats.md scenario).
 */
import { describe, expect, it } from 'vitest';
import { alloc, chunkOf, config, free, lists, mark, row, run, slabOnline } from '../support/engine';

const cfg = config({ cpus: 4, staticSize: 40960, reservedSize: 8192, dynSize: 20480, atomSize: 2097152 });
const ops = [
  alloc(2, 1), // a0
  alloc(4, 4), // a1
  alloc(8, 8), // a2
  alloc(64, 64), // a3
  alloc(32, 16), // a4
  free(2), // f a2
  free(4), // f a4
  free(3), // f a3
  free(0), // f a0
  free(1), // f a1
];
const r = run(cfg, ops);
const after = (k: number) => r.states[k + 1]!;

describe('Example 5: alignment heads', () => {
  it('Example 5 setup: dchunk 1 is [-49152, 20480] in slot 12', () => {
    expect(row(r.states[0]!, 1)).toEqual({ map: [-49152, 20480], free: 20480, contig: 20480, slot: 12 });
    expect(r.states[0]!.layout.unitSize).toBe(524288);
  });

  it('Example 5 a0: 2/1 splits off a 20478-byte tail', () => {
    expect(r.outcomes[0]).toMatchObject({ ok: true, chunk: 1, offset: 49152 });
    expect(row(after(0), 1)).toMatchObject({ map: [-49152, -2, 20478], free: 20478, contig: 20478 });
  });

  it('Example 5 a1: 4/4 gives its 2-byte head to a0 and lands at 49156', () => {
    expect(r.outcomes[1]).toMatchObject({ ok: true, chunk: 1, offset: 49156 });
    expect(row(after(1), 1)).toMatchObject({ map: [-49152, -4, -4, 20472], free: 20472, contig: 20472 });
    expect(row(after(0), 1).free - row(after(1), 1).free).toBe(6);
  });

  it('Example 5 a2: 8/8 at 49160', () => {
    expect(r.outcomes[2]).toMatchObject({ ok: true, offset: 49160 });
    expect(row(after(2), 1)).toMatchObject({ map: [-49152, -4, -4, -8, 20464], free: 20464, contig: 20464 });
  });

  it('Example 5 a3: 64/64 splits a 48-byte head', () => {
    expect(r.outcomes[3]).toMatchObject({ ok: true, offset: 49216 });
    expect(row(after(3), 1)).toMatchObject({ map: [-49152, -4, -4, -8, 48, -64, 20352], free: 20400, contig: 20352 });
  });

  it('Example 5 a4: 32/16 first-fits the 48-byte hole, splitting a 16-byte tail; contig kept', () => {
    expect(r.outcomes[4]).toMatchObject({ ok: true, offset: 49168 });
    expect(row(after(4), 1)).toMatchObject({
      map: [-49152, -4, -4, -8, -32, 16, -64, 20352],
      free: 20368,
      contig: 20352,
    });
  });
});

describe('Example 6: frees and merging', () => {
  it('Example 6 f a2: neighbours allocated, no merge', () => {
    expect(row(after(5), 1)).toMatchObject({
      map: [-49152, -4, -4, 8, -32, 16, -64, 20352],
      free: 20376,
      contig: 20352,
    });
  });

  it('Example 6 f a4: merges with the previous 8 and the next 16', () => {
    expect(row(after(6), 1)).toMatchObject({ map: [-49152, -4, -4, 56, -64, 20352], free: 20408, contig: 20352 });
  });

  it('Example 6 f a3: 56 + 64 + 20352 become one hole', () => {
    expect(row(after(7), 1)).toMatchObject({ map: [-49152, -4, -4, 20472], free: 20472, contig: 20472 });
  });

  it('Example 6 f a0: frees 4 bytes, its 2 and the 2 donated by a1', () => {
    expect(row(after(8), 1)).toMatchObject({ map: [-49152, 4, -4, 20472], free: 20476, contig: 20472 });
  });

  it('Example 6 f a1: back to the setup state', () => {
    expect(row(after(9), 1)).toEqual(row(r.states[0]!, 1));
    expect(r.final.live.size).toBe(0);
    expect(r.outcomes.slice(5).every((o) => o.ok && o.chunk === null && o.offset === null)).toBe(true);
  });
});

describe('Example 8: the formats.md scenario, computed', () => {
  const cfg8 = config({ cpus: 4, cpuToNode: [0, 0, 1, 1], staticSize: 40960, reservedSize: 8192, dynSize: 20480 });
  const ops8 = [alloc(32, 8), alloc(4096, 4096, { reserved: true }), free(0), mark('kmem_cache_init'), slabOnline];

  it('Example 8 post: each op as the spec computes it', () => {
    const p = run(cfg8, ops8);
    expect(p.outcomes[0]).toMatchObject({ ok: true, chunk: 1, offset: 49152 });
    expect(row(p.states[1]!, 1)).toMatchObject({ map: [-49152, -32, 20448], slot: 12 });
    expect(p.outcomes[1]).toMatchObject({ ok: true, chunk: 0, offset: 40960 });
    expect(row(p.states[2]!, 0)).toEqual({ map: [-40960, -4096, 4096], free: 4096, contig: 4096, slot: 10 });
    expect(row(p.states[3]!, 1)).toMatchObject({ map: [-49152, 20480], contig: 20480 });
    expect(p.states[4]!.chunks).toEqual(p.states[3]!.chunks);
    for (const id of [0, 1]) expect(chunkOf(p.final, id)).toMatchObject({ mapAlloc: 128, mapStorage: 'kmalloc' });
    expect(p.final.slabAvailable).toBe(true);
    expect(lists(p.final)).toEqual({ 12: [1] });
  });

  it('Example 8 pre: op 0 is a kernel crash', () => {
    const p = run({ ...cfg8, earlyAlloc: false }, ops8);
    expect(p.outcomes).toHaveLength(1);
    expect(p.outcomes[0]).toMatchObject({ ok: false, error: 'kernel crash' });
  });
});
