import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { Timeline } from '../../engine/timeline';
import type { AllocOp, Chunk, Op } from '../../engine/types';
import { parseScenario } from '../schema';
import { DEFAULT_PRESET, PRESETS, presetById } from './index';
import type { Preset } from './types';

/**
 * Every preset is replayed through the engine and checked against what its description
 * promises. Expected numbers come from allocator.md (cited) or hand arithmetic shown inline.
 */

function preset(id: string): Preset {
  const p = presetById(id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
}

const timelineOf = (p: Preset) => new Timeline(p.scenario.config, p.scenario.ops);
const allocIndices = (ops: readonly Op[]) => ops.flatMap((op, i) => (op.op === 'alloc' ? [i] : []));
const slabIndex = (ops: readonly Op[]) => ops.findIndex((op) => op.op === 'slab-online');
const chunk = (t: Timeline, step: number, id: number): Chunk => {
  const c = t.stateAt(step).chunks.find((x) => x.id === id);
  if (!c) throw new Error(`chunk ${id} not live at step ${step}`);
  return c;
};
const repeat = (n: number, v: number) => new Array<number>(n).fill(v);

describe('preset catalogue', () => {
  it('has at least 7 presets with unique ids, a title and a one-paragraph description', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(7);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.title.length).toBeGreaterThan(0);
      expect(p.description.length).toBeGreaterThan(80);
      expect(p.description).not.toContain('\n');
      expect(p.scenario.title).toBe(p.title);
    }
  });

  it('keeps SLUB bootstrap as the default and first preset', () => {
    expect(DEFAULT_PRESET.id).toBe('slub-bootstrap');
    expect(PRESETS[0]).toBe(DEFAULT_PRESET);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s passes parseScenario unchanged and boots', (_id, p) => {
    const parsed = parseScenario(JSON.parse(JSON.stringify(p.scenario)));
    expect(parsed).toEqual({ ok: true, scenario: p.scenario });
    expect(timelineOf(p).setupError).toBeNull();
  });
});

describe('SLUB bootstrap (allocator.md Example 9)', () => {
  const p = preset('slub-bootstrap');
  const t = timelineOf(p);
  const slab = slabIndex(p.scenario.ops);

  it('15 early 24/8 requests leave chunk 1 at [-91072, -24 ×15, 23256]', () => {
    const c = chunk(t, slab + 1, 1);
    expect(c.map).toEqual([-91072, ...repeat(15, -24), 23256]);
    expect(c.freeSize).toBe(23256);
  });

  it('13 DMA caches later the map is [-91072, -24 ×28, 22944] with 30 entries; nothing fails', () => {
    const dmaEnd = slab + 1 + 13;
    expect(chunk(t, dmaEnd, 1).map).toEqual([-91072, ...repeat(28, -24), 22944]);
    for (let i = 0; i < t.length; i++) expect(t.succeeded(i)).toBe(true);
  });
});

describe('early-slot exhaustion (allocator.md Example 4)', () => {
  const p = preset('early-slot-exhaustion');
  const t = timelineOf(p);
  const allocs = allocIndices(p.scenario.ops);
  const slab = slabIndex(p.scenario.ops);
  // the k-th alloc (1-based) is op allocs[k - 1]
  const nth = (k: number) => allocs[k - 1]!;

  it('allocations 1–125 succeed at 91072 + 8·(k − 1)', () => {
    for (let k = 1; k <= 125; k++) {
      expect(t.outcome(nth(k))).toMatchObject({ ok: true, chunk: 1, offset: 91072 + 8 * (k - 1) });
    }
  });

  it('the first failure is alloc #126, before slab, with WARN_ON_ONCE then “failed to extend area map”', () => {
    const firstFailure = allocs.find((i) => !t.succeeded(i));
    expect(firstFailure).toBe(nth(126));
    expect(nth(126)).toBeLessThan(slab);
    expect(t.outcome(nth(126)).dmesg).toEqual([
      'WARNING: at mm/percpu.c:285 pcpu_mem_alloc()',
      'PERCPU: allocation failed, size=8 align=8, failed to extend area map',
    ]);
  });

  it('#127–#135 only log the failure, #135 adds “limit reached”, #136 on are silent', () => {
    for (let k = 127; k <= 140; k++) expect(t.error(nth(k))).toBe('failed to extend area map');
    expect(t.outcome(nth(127)).dmesg).toEqual(['PERCPU: allocation failed, size=8 align=8, failed to extend area map']);
    expect(t.outcome(nth(135)).dmesg).toEqual([
      'PERCPU: allocation failed, size=8 align=8, failed to extend area map',
      'PERCPU: limit reached, disable warning',
    ]);
    expect(t.logged(nth(136))).toBe(false);
  });

  it('after slab-online the next allocation extends the map to 256 and lands at 92072', () => {
    const next = allocs.find((i) => i > slab)!;
    expect(t.outcome(next)).toMatchObject({ ok: true, chunk: 1, offset: 92072 });
    expect(chunk(t, next + 1, 1).mapAlloc).toBe(256);
  });
});

describe('early-size exhaustion', () => {
  const p = preset('early-size-exhaustion');
  const t = timelineOf(p);
  const slab = slabIndex(p.scenario.ops);
  const ops = p.scenario.ops;
  const pageAllocs = allocIndices(ops).filter((i) => (ops[i] as AllocOp).size === 4096);

  it('five page-sized requests fit in the 23616-byte dynamic area at 91072 + 4096·k', () => {
    pageAllocs
      .slice(0, 5)
      .forEach((i, k) => expect(t.outcome(i)).toMatchObject({ ok: true, offset: 91072 + 4096 * k }));
  });

  it('the sixth fails before slab because the new chunk is refused (WARN_ON_ONCE)', () => {
    const sixth = pageAllocs[5]!;
    expect(sixth).toBeLessThan(slab);
    expect(t.error(sixth)).toBe('failed to allocate new chunk');
    expect(t.outcome(sixth).dmesg[0]).toBe('WARNING: at mm/percpu.c:285 pcpu_mem_alloc()');
  });

  it('a 24-byte request still fits in the 3136 bytes left (23616 − 5·4096) at 91072 + 20480', () => {
    const small = allocIndices(ops).find((i) => (ops[i] as AllocOp).size === 24)!;
    expect(small).toBeLessThan(slab);
    expect(t.outcome(small)).toMatchObject({ ok: true, chunk: 1, offset: 111552 });
  });

  it('after slab-online a page-sized request creates chunk 2 and is served at its offset 0', () => {
    const late = pageAllocs.find((i) => i > slab)!;
    expect(t.outcome(late)).toMatchObject({ ok: true, chunk: 2, offset: 0 });
  });
});

describe('pre-change crash', () => {
  const p = preset('pre-change-crash');
  const t = timelineOf(p);

  it('is the pre-change variant and ends in a kernel crash at the first alloc, before slab', () => {
    expect(p.scenario.config.earlyAlloc).toBe(false);
    const first = allocIndices(p.scenario.ops)[0]!;
    expect(t.crashed).toBe(true);
    expect(t.length).toBe(first + 1);
    expect(t.error(first)).toBe('kernel crash');
    expect(t.outcome(first).dmesg).toEqual(['BUG: unable to handle kernel NULL pointer dereference at (null)']);
    expect(slabIndex(p.scenario.ops)).toBeGreaterThan(first);
  });
});

describe('two-node 64-CPU server', () => {
  const p = preset('two-node-server');
  const t = timelineOf(p);

  it('has two groups of 32 CPUs, upa 16 and 131072-byte units', () => {
    // size_sum 114688 (Example 1); 2 MiB / 114688 → max_upa 16; 64/3 = 21 may be wasted;
    // upa 16: 4 allocations, 0 wasted; upa 8 needs 8 > 4 → stop. unit = 2 MiB / 16.
    const { layout } = t.stateAt(0);
    expect(layout.groups.map((g) => g.cpuMap.length)).toEqual([32, 32]);
    expect(layout.upa).toBe(16);
    expect(layout.unitSize).toBe(131072);
  });

  it('sched_init asks for nr_cpu_ids × 8 = 512 bytes and nothing fails', () => {
    const ops = p.scenario.ops;
    const sched = ops.findIndex((op) => op.op === 'alloc' && op.label?.startsWith('sched_init'));
    expect((ops[sched] as AllocOp).size).toBe(512);
    for (let i = 0; i < t.length; i++) expect(t.succeeded(i)).toBe(true);
  });
});

describe('module loading', () => {
  const p = preset('module-loading');
  const t = timelineOf(p);
  const allocs = allocIndices(p.scenario.ops);

  it('loads modules after slab, all from the reserved chunk 0', () => {
    expect(allocs.every((i) => (p.scenario.ops[i] as AllocOp).reserved === true)).toBe(true);
    expect(slabIndex(p.scenario.ops)).toBeLessThan(allocs[0]!);
    // kvm: 1 KiB aligned to 4096 from 82880 → ALIGN(82880, 4096) = 86016
    expect(t.outcome(allocs[0]!)).toMatchObject({ ok: true, chunk: 0, offset: 86016 });
    for (const i of allocs.slice(0, -1)) expect(t.outcome(i)).toMatchObject({ ok: true, chunk: 0 });
  });

  it('ends with “alloc from reserved chunk failed”, 640 bytes left (8192 − 1024 − 2048 − 1152 − 1024 − 2304)', () => {
    const last = t.length - 1;
    expect(last).toBe(p.scenario.ops.length - 1);
    expect(t.error(last)).toBe('alloc from reserved chunk failed');
    expect(t.outcome(last).dmesg).toEqual([
      'PERCPU: allocation failed, size=3072 align=64, alloc from reserved chunk failed',
    ]);
    expect(chunk(t, t.length, 0).freeSize).toBe(640);
  });
});

describe('workqueue alignment', () => {
  const p = preset('workqueue-alignment');
  const t = timelineOf(p);
  const ops = p.scenario.ops;
  const wqs = allocIndices(ops).filter((i) => (ops[i] as AllocOp).align === 256);
  const heads = (step: number) =>
    t.view(step).events.flatMap((e: EngineEvent) => (e.kind === 'split' && e.head > 0 ? [e.head] : []));

  it('puts every cpu_workqueue_struct on a 256-byte boundary', () => {
    expect(wqs.length).toBeGreaterThanOrEqual(6);
    for (const i of wqs) expect(t.outcome(i).offset! % 256).toBe(0);
  });

  it('splits a 64-byte head first (91072 is 192 past a boundary), then 144-byte heads', () => {
    expect(heads(wqs[0]! + 1)).toEqual([64]);
    expect(heads(wqs[1]! + 1)).toEqual([144]);
  });

  it('lets the small request after the first workqueue fall into its head', () => {
    const small = wqs[0]! + 1;
    expect(t.outcome(small)).toMatchObject({ ok: true, offset: 91072 });
    expect(t.outcome(small).offset!).toBeLessThan(t.outcome(wqs[0]!).offset!);
  });
});

describe('slots, stale hint, new chunks and reclaim (allocator.md Example 7)', () => {
  const p = preset('slots-and-reclaim');
  const t = timelineOf(p);

  it('op 4 leaves chunk 0 with a stale hint of 6000 while its largest hole is 2288', () => {
    const c0 = chunk(t, 5, 0);
    expect(c0.map).toEqual([-4096, -5000, 1000, -4000, 2288]);
    expect(c0.contigHint).toBe(6000);
  });

  it('op 5 corrects the hint to 2288 and creates chunk 1; op 7 creates chunk 2', () => {
    expect(chunk(t, 6, 0).contigHint).toBe(2288);
    expect(t.outcome(5)).toMatchObject({ chunk: 1, offset: 0 });
    expect(t.outcome(6)).toMatchObject({ chunk: 1, offset: 3000 });
    expect(t.outcome(7)).toMatchObject({ chunk: 2, offset: 0 });
    expect(t.outcome(8)).toMatchObject({ chunk: 1, offset: 43000 });
  });

  it('op 12 frees chunk 1 fully and reclaim keeps it, destroying chunk 2', () => {
    expect(t.view(13).events).toContainEqual({ kind: 'reclaim', kept: 1, destroyed: [2] });
    expect(t.stateAt(13).chunks.map((c) => c.id)).toEqual([0, 1]);
  });
});

describe('slot-walk hazard (allocator.md §14.1)', () => {
  const p = preset('slot-walk-hazard');
  const t = timelineOf(p);

  it('halts with a kernel crash on the last op, chunk 0 left with contig 3', () => {
    const last = p.scenario.ops.length - 1;
    expect(t.crashed).toBe(true);
    expect(t.length).toBe(last + 1);
    expect(t.outcome(last).dmesg).toEqual([
      'percpu: model halted: pcpu_alloc() would walk a corrupted slot list here (undefined behaviour in the real kernel)',
    ]);
    const state = t.stateAt(t.length);
    expect(state.chunks[0]!.contigHint).toBe(3);
    expect(state.slots[0]).toContain(0);
  });
});
