import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import type { Config, Op } from '../engine/types';
import { withDefaults } from '../scenario/defaults';
import { EXAMPLE_1 } from '../../test/support/specFixtures';
import { PRESETS } from '../scenario/presets';
import { narrate } from './narrate';

/**
 * The narration is checked on real engine runs of small scenarios. Every expected number
 * comes from allocator.md (example cited) or from arithmetic written next to it.
 */

/** allocator.md Example 5: S 40960, R 8192 → dchunk [-49152, 20480]. */
const EXAMPLE_5: Config = withDefaults({ staticSize: 40960, reservedSize: 8192, dynSize: 20480 });
/** allocator.md Example 7: 2 CPUs, S 4096, R 0, D 12288, page atom → 64 KiB units, 16 slots. */
const EXAMPLE_7: Config = withDefaults({
  cpus: 2,
  staticSize: 4096,
  reservedSize: 0,
  dynSize: 12288,
  atomSize: 4096,
});

const alloc = (size: number, align: number, extra: Partial<Extract<Op, { op: 'alloc' }>> = {}): Op => ({
  op: 'alloc',
  size,
  align,
  ...extra,
});
const free = (index: number): Op => ({ op: 'free', alloc: index });
const slab: Op = { op: 'slab-online' };
const times = (n: number, op: Op): Op[] => Array.from({ length: n }, () => op);

/** The narration of `step` (0..length) as one string. */
function told(config: Config, ops: Op[], step: number): string {
  const t = new Timeline(config, ops);
  const v = t.view(step);
  return narrate({ step, ops, outcome: v.outcome, events: v.events, state: v.state }).join(' ');
}

describe('setup narration (step 0)', () => {
  it('gives unit size, upa, groups and chunks of Example 1', () => {
    const text = told(EXAMPLE_1, [], 0);
    expect(text).toContain('4 possible CPUs on 1 node form 1 group');
    expect(text).toContain('524288-byte unit');
    expect(text).toContain('4 units share each 2097152-byte allocation');
    expect(text).toContain('static 82880 + reserved 8192 + dynamic 23616');
    expect(text).toContain('map [-82880, 8192]');
    expect(text).toContain('map [-91072, 23616]: 23616 bytes free, filed in slot 12');
    expect(text).toContain('128-entry arrays in __initdata');
    expect(text).toContain('19 slot lists');
  });

  it('explains why dyn was raised to EARLY_SIZE (Example 10: dyn 0 → 13248)', () => {
    const text = told(withDefaults({ staticSize: 40000, reservedSize: 8192, dynSize: 0, atomSize: 2097152 }), [], 0);
    expect(text).toContain('asked for 0 bytes of dynamic space');
    expect(text).toContain('PERCPU_DYNAMIC_EARLY_SIZE (12288)');
    expect(text).toContain('makes it 13248');
  });

  it('names both groups of Example 2 (interleaved nodes, 4 CPUs each)', () => {
    const text = told(withDefaults({ cpus: 8, cpuToNode: [0, 1, 0, 1, 0, 1, 0, 1] }), [], 0);
    expect(text).toContain('8 possible CPUs on 2 nodes form 2 groups: group 0 has 4 CPUs and group 1 has 4 CPUs');
  });

  it('mentions empty unit slots (Example 3a: 6 CPUs, upa 8 → 2 empty)', () => {
    const text = told(withDefaults({ cpus: 6, staticSize: 82880, reservedSize: 8192 }), [], 0);
    expect(text).toContain('8 unit slots in all, 2 of them empty');
  });

  it('describes the pre-change 2-entry static maps', () => {
    expect(told({ ...EXAMPLE_1, earlyAlloc: false }, [], 0)).toContain('static 2-entry arrays');
  });
});

describe('early-slot exhaustion (Example 4)', () => {
  const ops = [...times(126, alloc(8, 8)), ...times(9, alloc(8, 8)), alloc(8, 8), slab, alloc(8, 8)];

  it('#126: 127 of 128 entries, kmalloc before slab → WARN_ON_ONCE, failed to extend area map', () => {
    const text = told(EXAMPLE_1, ops, 126);
    // After #125 (Example 4): free 22616, contig 22616, map_used 127.
    expect(text).toContain('Step 126, op #125: alloc 8 bytes, align 8');
    expect(text).toContain(
      'has 22616 bytes free, but its early map has 127 of 128 entries in use and a split needs 2 more',
    );
    expect(text).toContain('grow to 256 entries (1024 bytes)');
    expect(text).toContain('needs kmalloc(1024), and slab is not up yet → WARN_ON_ONCE fires');
    expect(text).toContain('The allocation fails (failed to extend area map)');
    expect(text).toContain('PERCPU: allocation failed, size=8 align=8, failed to extend area map');
  });

  it('#127 no longer warns; #135 reaches the limit; #136 is silent', () => {
    expect(told(EXAMPLE_1, ops, 127)).toContain('WARN_ON_ONCE already fired earlier');
    expect(told(EXAMPLE_1, ops, 135)).toContain('10th reported failure');
    expect(told(EXAMPLE_1, ops, 135)).toContain('PERCPU: limit reached, disable warning');
    expect(told(EXAMPLE_1, ops, 136)).toContain('Nothing is logged');
  });

  it('slab-online copies both 128-entry maps (512 bytes); the next alloc extends 128 → 256 in kmalloc', () => {
    const online = told(EXAMPLE_1, ops, 137);
    expect(online).toContain('slab_is_available() is now true');
    expect(online).toContain('Chunk 1’s 128-entry map (512 bytes) is copied into kmalloc memory');
    expect(online).toContain('Chunk 0’s 128-entry map (512 bytes) is copied into kmalloc memory');
    const next = told(EXAMPLE_1, ops, 138);
    expect(next).toContain('map grows from 128 to 256 entries (1024 bytes, kmalloc)');
    expect(next).toContain('Allocated in chunk 1 at offset 92072');
  });
});

describe('alignment heads and frees (Examples 5 and 6)', () => {
  // a0 2/1, a1 4/4, a2 8/8, a3 64/64, a4 32/16, then Example 6's frees.
  const ops = [
    alloc(2, 1),
    alloc(4, 4),
    alloc(8, 8),
    alloc(64, 64),
    alloc(32, 16),
    free(2),
    free(4),
    free(3),
    free(0),
    free(1),
  ];

  it('a1: a 2-byte head (under 4) goes to a0; off 49156', () => {
    const text = told(EXAMPLE_5, ops, 2);
    expect(text).toContain(
      '2-byte gap at 49154, too small to track (under 4 bytes), so it is given to the allocation of op #0',
    );
    expect(text).toContain('Allocated in chunk 1 at offset 49156');
  });

  it('a3: head 48 (49216 − 49168) and tail 20352 are split off; the hint is exact', () => {
    const text = told(EXAMPLE_5, ops, 4);
    expect(text).toContain('a 48-byte free head');
    expect(text).toContain('64 bytes allocated at 49216');
    expect(text).toContain('a 20352-byte free tail');
    expect(text).toContain('from 20464 to 20352 bytes (exact');
  });

  it('f a4 merges with the 8 before and the 16 after it', () => {
    const text = told(EXAMPLE_5, ops, 7);
    expect(text).toContain('free_percpu releases op #4’s area: chunk 1 offset 49168, 32 bytes become free');
    expect(text).toContain('merges with the free area before it (8 bytes)');
    expect(text).toContain('merges with the free area after it (16 bytes)');
  });

  it('f a0 frees 4 bytes: its 2 plus the 2 donated by a1', () => {
    const text = told(EXAMPLE_5, ops, 9);
    expect(text).toContain('4 bytes become free (the 2 requested plus 2 bytes it absorbed');
  });
});

describe('slots, stale hint, chunks, reclaim (Example 7)', () => {
  const ops = [
    slab,
    alloc(6000, 8),
    alloc(4000, 8),
    free(1),
    alloc(5000, 8),
    alloc(3000, 8),
    alloc(40000, 8),
    alloc(40000, 8),
    alloc(20000, 8),
    free(7),
    free(6),
    free(5),
    free(8),
  ];

  it('op 4 leaves a stale hint of 6000 while the largest hole is 2288', () => {
    const text = told(EXAMPLE_7, ops, 5);
    expect(text).toContain('a 1000-byte free tail');
    expect(text).toContain('hint stays 6000 bytes although the largest free area is now 2288');
  });

  it('op 5: alloc_area fails and corrects the hint to 2288, chunk 1 is created at the head of slot 15', () => {
    const text = told(EXAMPLE_7, ops, 6);
    expect(text).toContain('Scan the slot lists from slot 9');
    expect(text).toContain('no free area holds 3000 bytes at align 8; its contig hint drops from 6000 to 2288');
    expect(text).toContain('Chunk 1 is created: 65536 bytes per unit');
    expect(text).toContain('Chunk 1 goes to the head of slot 15, the slot of fully free chunks');
    expect(text).toContain('Chunk 0 in slot 9 is skipped: its contig hint 2288 is less than 3000');
    expect(text).toContain('Chunk 1: page 0 populated');
  });

  it('op 6 populates pages 1–10 (pages 0–10 touched, page 0 already there)', () => {
    expect(told(EXAMPLE_7, ops, 7)).toContain('Chunk 1: pages 1–10 populated (backed with memory) in all 2 units');
  });

  it('op 12: reclaim keeps chunk 1 and destroys chunk 2', () => {
    const text = told(EXAMPLE_7, ops, 13);
    expect(text).toContain('pcpu_reclaim keeps chunk 1 (the head of the list) and destroys chunk 2');
    expect(text).toContain('Chunk 2 is depopulated and destroyed');
    // pcpu_free_chunk: the map by its size, then the struct (64 + 8 × ceil(unit pages / 64) bytes).
    expect(text).toMatch(/releases its 16-entry map \(64 bytes, kmalloc\) and its \d+-byte struct \(from kmalloc\)/);
    expect(text).toContain('moves from slot 13 to slot 15, at the head of the list');
  });
});

describe('failures and crashes', () => {
  it('pre-change first alloc before slab: kzalloc(64) → kernel crash (Example 4 pre)', () => {
    const text = told({ ...EXAMPLE_1, earlyAlloc: false }, [alloc(8, 8), alloc(8, 8)], 1);
    expect(text).toContain('static 2-entry map has 2 of 2 entries in use');
    expect(text).toContain('kzalloc(64) to grow the map although slab does not exist yet → kernel crash');
  });

  it('pre-change: growing the static map after slab succeeds (2 → 16, kmalloc)', () => {
    expect(told({ ...EXAMPLE_1, earlyAlloc: false }, [slab, alloc(8, 8)], 2)).toContain(
      'map grows from 2 to 16 entries (64 bytes, kmalloc)',
    );
    expect(told({ ...EXAMPLE_1, earlyAlloc: false }, [slab], 1)).toContain(
      'The pre-change allocator does nothing else',
    );
  });

  it('a map above one page goes to vmalloc (1024 → 2048 entries = 8192 bytes)', () => {
    // After slab, the k-th 8-byte alloc finds map_used = k + 1 and extends when k + 3 > capacity:
    // 128 → 256 at k = 126, → 512 at k = 254, → 1024 at k = 510, → 2048 at k = 1022 (op #1022).
    const ops = [slab, ...times(1022, alloc(8, 8))];
    expect(told(EXAMPLE_1, ops, 1023)).toContain('map grows from 1024 to 2048 entries (8192 bytes, vmalloc)');
    expect(told(EXAMPLE_1, ops, 511)).toContain('map grows from 512 to 1024 entries (4096 bytes, kmalloc)');
  });

  it('chunk creation before slab is refused: failed to allocate new chunk', () => {
    // 23616-byte dynamic area: 5 × 4096 fit, the 6th needs a new chunk.
    const text = told(EXAMPLE_1, times(6, alloc(4096, 8)), 6);
    expect(text).toContain('tries to create a chunk; its struct needs kmalloc');
    expect(text).toContain('WARN_ON_ONCE fires');
    expect(text).toContain('fails (failed to allocate new chunk)');
  });

  it('illegal sizes and aligns are named with their limits', () => {
    const ops = [alloc(0, 8), alloc(65537, 8), alloc(8, 8192)];
    expect(told(EXAMPLE_1, ops, 1)).toContain('size 0 asks for nothing');
    expect(told(EXAMPLE_1, ops, 2)).toContain('size 65537 is more than 65536 bytes');
    expect(told(EXAMPLE_1, ops, 3)).toContain('align 8192 is more than the 4096-byte page');
    expect(told(EXAMPLE_1, ops, 3)).toContain('does not count toward the 10-message limit');
  });

  it('a reserved request bigger than the reserved hint fails on the reserved path', () => {
    const text = told(EXAMPLE_1, [slab, alloc(8193, 8, { reserved: true })], 2);
    expect(text).toContain('only the reserved chunk (chunk 0) may serve it');
    expect(text).toContain('contig hint is 8192 bytes, less than the 8193 asked for');
    expect(text).toContain('fails (alloc from reserved chunk failed)');
  });

  it('freeing a failed alloc is free_percpu(NULL)', () => {
    expect(told(EXAMPLE_1, [alloc(0, 8), free(0)], 2)).toContain('Op #0 failed, so its pointer is NULL');
  });

  it('§14.1: a kept 2-byte tail, then the slot-walk halt', () => {
    const ops = [
      slab,
      alloc(1, 1),
      alloc(3, 1),
      alloc(1, 1),
      alloc(3, 1),
      alloc(1, 1),
      alloc(10, 1),
      alloc(12269, 1),
      free(2),
      free(4),
      free(6),
      alloc(8, 1),
      alloc(3, 4),
    ];
    const tail = told(EXAMPLE_7, ops, 12);
    expect(tail).toContain('The 2 bytes left after it are fewer than 4, so they stay part of the allocation');
    expect(tail).toContain('the area is 10 bytes for the 8 requested');
    const halt = told(EXAMPLE_7, ops, 13);
    expect(halt).toContain('its contig hint drops from 10 to 3');
    expect(halt).toContain('dropped it to slot 0 while pcpu_alloc was still walking');
    expect(halt).toContain('kernel crash');
  });

  it('groups runs of skipped chunks into one sentence', () => {
    // Three 40000-byte allocations each need a fresh chunk (hints 25536 after each), then a
    // 30000-byte request skips chunks 1, 2 and 3 in slot 12 and creates chunk 4.
    const ops = [slab, alloc(40000, 8), alloc(40000, 8), alloc(40000, 8), alloc(30000, 8)];
    const text = told(EXAMPLE_7, ops, 5);
    expect(text).toMatch(/Chunks \d, \d and \d are skipped: their contig hints \(25536, 25536 and 25536 bytes\)/);
  });

  it('names a mark and says nothing changes', () => {
    const text = told(EXAMPLE_1, [{ op: 'mark', label: '<b>sched_init</b>' }], 1);
    expect(text).toBe('Step 1, op #0: mark “<b>sched_init</b>”. A named point in the boot; nothing changes.');
  });
});

describe('every preset', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s narrates every step in numbers, never “undefined”', (_id, p) => {
    const t = new Timeline(p.scenario.config, p.scenario.ops);
    for (let k = 0; k <= t.length; k++) {
      const v = t.view(k);
      const sentences = narrate({ step: k, ops: p.scenario.ops, outcome: v.outcome, events: v.events, state: v.state });
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) expect(s).not.toMatch(/undefined(?! behaviour)|NaN|\?|\[object/);
    }
    // The struct-kfree hazard preset has 4,100 steps: every one is narrated, which takes a while.
  }, 60_000);
});

describe('the commit’s latent bugs (allocator.md §6.4 step 5, §14 item 14)', () => {
  it('post: a map extension says the old array leaks', () => {
    // Example 1: chunk 1 starts with 2 entries, each 8-byte allocation adds one; after 125 it
    // uses 127 of 128, and the 126th needs 127 + 2 > 128 entries: the map grows (op #126, step 127).
    const text = told(EXAMPLE_1, [slab, ...times(126, alloc(8, 8))], 127);
    expect(text).toContain('map grows from 128 to 256 entries (1024 bytes, kmalloc)');
    expect(text).toContain('The old 128-entry array (512 bytes, kmalloc) is never freed');
    // Why (allocator.md §6.4 step 5): the commit deleted the assignment that remembered the old buffer.
    expect(text).toContain('removed the only line that remembered it (old = chunk->map)');
  });

  it('slab online: the __initdata originals are dropped with init memory', () => {
    const text = told(EXAMPLE_1, [slab], 1);
    expect(text).toContain('The __initdata original is dropped later with the rest of init memory');
  });

  it('pre: the 2-entry static map is no longer used, the 16-entry one is freed', () => {
    const pre = { ...EXAMPLE_1, earlyAlloc: false };
    expect(told(pre, [slab, alloc(8, 8)], 2)).toContain('The old 2-entry array (8 bytes, static) is a static array');
    // 2 → 16 at the first allocation; after 13 allocations 15 of 16 are used, so the 14th
    // (op #14, step 15) needs 17 > 16 and grows the map to 32.
    expect(told(pre, [slab, ...times(14, alloc(8, 8))], 15)).toContain(
      'The old 16-entry array (64 bytes, kmalloc) is freed.',
    );
  });

  it('post: reclaim of a chunk whose 4160-byte struct came from vmalloc halts the boot', () => {
    const machine = withDefaults({ cpus: 1, cpuToNode: [0], atomSize: 128 * 1024 * 1024 });
    const ops = [slab, ...times(2049, alloc(65536, 1)), ...Array.from({ length: 2049 }, (_, i) => free(i + 1))];
    const text = told(machine, ops, 4099);
    expect(text).toContain('Reclaim destroys chunk 2. Its 4160-byte struct is larger than a page');
    expect(text).toContain('kfree');
    expect(text).toContain('kernel crash');
  });
});
