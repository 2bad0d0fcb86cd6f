import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import type { Config, Op } from '../engine/types';
import { PRESETS } from '../scenario/presets';
import { earlySlotExhaustion } from '../scenario/presets/earlySlotExhaustion';
import { parseScenario } from '../scenario/schema';
import { firstChunkDifference } from './chunkDifference';
import { resolveCompare } from './compareSpec';
import {
  divergence,
  STEP_DIFFERENT,
  STEP_RIGHT_FAILS,
  STEP_RIGHT_MISSING,
  STEP_SAME,
  type Divergence,
} from './divergence';
import { flagRuns } from './flagRuns';
import { FORMATS_EXAMPLE } from '../../test/support/specFixtures';

function pair(config: Config, ops: Op[], right: Config) {
  const left = new Timeline(config, ops);
  const other = new Timeline(right, ops);
  return { left, right: other, d: divergence(left, other) };
}

function rightConfig(spec: Parameters<typeof resolveCompare>[0], base: Config): Config {
  const resolved = resolveCompare(spec, base);
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  return resolved.config;
}

describe('divergence: earlyAlloc on vs off (formats.md example)', () => {
  const parsed = parseScenario(FORMATS_EXAMPLE);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const { config, ops } = parsed.scenario;
  const { left, right, d } = pair(config, ops, rightConfig({ kind: 'flipEarlyAlloc' }, config));

  it('diverges at step 0, where the pre-change kernel crashes (allocator.md Example 8)', () => {
    expect(right.error(0)).toBe('kernel crash');
    expect(left.succeeded(0)).toBe(true);
    expect(d.firstStep).toBe(0);
    // The stepper shows op 0's outcome at position 1 (position 0 is the state after setup).
    expect(d.firstView).toBe(1);
    expect(d.why).toEqual({ kind: 'outcome', field: 'ok' });
  });

  it('reports the crashed side as the shorter one, and flags the ops it never ran', () => {
    expect(d.crashed).toEqual({ left: false, right: true });
    expect(d.shorter).toBe('right');
    expect([...d.flags]).toEqual([
      STEP_RIGHT_FAILS,
      STEP_RIGHT_MISSING,
      STEP_RIGHT_MISSING,
      STEP_RIGHT_MISSING,
      STEP_RIGHT_MISSING,
    ]);
    expect(d.oneSidedFailures).toBe(1);
  });

  it('does not count the boot as diverged: the setup chunks differ only in map capacity (2 vs 128)', () => {
    // Both variants: chunk 0 [-40960, 8192], chunk 1 [-49152, 20480] (allocator.md Example 8, §4.6).
    expect(d.setupDiffers).toBe(false);
    expect(left.view(0).state.chunks.map((c) => c.mapAlloc)).toEqual([128, 128]);
    expect(right.view(0).state.chunks.map((c) => c.mapAlloc)).toEqual([2, 2]);
    expect(firstChunkDifference(left.view(0).state, right.view(0).state)).toBeNull();
  });
});

describe('divergence: early-slot exhaustion with 128 vs 32 slots (allocator.md Example 4)', () => {
  const { config, ops } = earlySlotExhaustion.scenario;
  const { right, d } = pair(config, ops, rightConfig({ kind: 'overrides', overrides: { earlySlots: 32 } }, config));
  // Op 0 is a mark; ops 1..140 are the early 8-byte allocations, so the k-th allocation is op k.
  // Before the k-th, map_used = k + 1; the first failing one finds map_used >= E - 1, so k = E - 2:
  // k = 30 with 32 slots, k = 126 with 128.
  const firstFail32 = 32 - 2;
  const firstFail128 = 128 - 2;

  it('diverges where the 32-slot side first fails', () => {
    expect(d.firstStep).toBe(firstFail32);
    expect(d.firstView).toBe(firstFail32 + 1);
    expect(d.setupDiffers).toBe(false);
    expect(d.why).toEqual({ kind: 'outcome', field: 'ok' });
    expect(right.error(firstFail32)).toBe('failed to extend area map');
  });

  it('flags one-sided failures exactly until the 128-slot side fails too', () => {
    const runs = flagRuns(d.flags);
    expect(runs[0]).toEqual({ flag: STEP_RIGHT_FAILS, from: firstFail32, to: firstFail128 - 1 });
    expect(d.oneSidedFailures).toBe(firstFail128 - firstFail32);
    // From op 126 to the last early op (140) both fail the same way; neither kernel crashes.
    for (let i = firstFail128; i <= 140; i++) expect(d.flags[i]).toBe(STEP_SAME);
    expect(d.crashed).toEqual({ left: false, right: false });
    expect(d.shorter).toBeNull();
  });

  it('after slab the allocations succeed on both sides but at different offsets', () => {
    // Op 141 is slab-online; op 142 extends each map and allocates right after the last success:
    // 128 slots: 125 successes end at 92064, so 92072 (Example 4); 32 slots: 29 successes, so 91072 + 8 * 29.
    const runs = flagRuns(d.flags);
    expect(runs[1]).toEqual({ flag: STEP_DIFFERENT, from: 142, to: 149 });
    expect(runs).toHaveLength(2);
    expect(right.outcome(142).offset).toBe(91072 + 8 * 29);
  });
});

describe('divergence: identical configurations never diverge', () => {
  const expectNone = (d: Divergence) => {
    expect(d.firstStep).toBeNull();
    expect(d.firstView).toBeNull();
    expect(d.why).toBeNull();
    expect(d.setupDiffers).toBe(false);
    expect(d.oneSidedFailures).toBe(0);
    expect(d.shorter).toBeNull();
    expect(flagRuns(d.flags)).toEqual([]);
  };

  it.each(PRESETS.map((p) => [p.id, p] as const))('preset %s against a copy of itself', (_id, preset) => {
    const { config, ops } = preset.scenario;
    expectNone(pair(config, ops, structuredClone(config)).d);
    // An override equal to the current value is the same configuration.
    const same = rightConfig({ kind: 'overrides', overrides: { earlySlots: config.earlySlots } }, config);
    expectNone(pair(config, ops, same).d);
  });

  it('the pre-change allocator ignores earlySlots and earlySize, so changing them never diverges', () => {
    fc.assert(
      fc.property(
        smallScenario,
        fc.integer({ min: 2, max: 1024 }),
        fc.integer({ min: 0, max: 65536 }),
        (s, slots, size) => {
          const config = { ...s.config, earlyAlloc: false };
          // The states are replayed here (the configs differ), and must still match at every step.
          expectNone(pair(config, s.ops, { ...config, earlySlots: slots, earlySize: size }).d);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Small random scenarios: tiny allocations (many map entries), frees, slab coming up somewhere. */
const smallScenario = fc
  .record({
    earlyAlloc: fc.boolean(),
    earlySlots: fc.integer({ min: 2, max: 40 }),
    earlySize: fc.constantFrom(0, 4096, 12288, 30000),
    dynSize: fc.constantFrom(0, 4096, 20480),
    reservedSize: fc.constantFrom(0, 8192),
    intents: fc.array(
      fc.oneof(
        fc.record({
          size: fc.integer({ min: 1, max: 300 }),
          alignLog: fc.integer({ min: 0, max: 6 }),
          reserved: fc.boolean(),
        }),
        fc.nat(),
      ),
      { maxLength: 60 },
    ),
    slabAt: fc.nat({ max: 60 }),
  })
  .map(({ intents, slabAt, ...early }) => {
    const ops: Op[] = [];
    const live: number[] = [];
    intents.forEach((intent, i) => {
      if (i === slabAt) ops.push({ op: 'slab-online' });
      if (typeof intent === 'number') {
        if (live.length === 0) return;
        const [alloc] = live.splice(intent % live.length, 1);
        ops.push({ op: 'free', alloc: alloc! });
      } else {
        live.push(ops.length);
        ops.push({ op: 'alloc', size: intent.size, align: 2 ** intent.alignLog, reserved: intent.reserved });
      }
    });
    const parsed = parseScenario({
      format: 'percpu-scenario',
      version: 1,
      config: { cpus: 2, staticSize: 4096, ...early },
      ops,
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.scenario;
  });

/**
 * The definition, checked the slow way: every stepper position k, the outcome of op k - 1 and
 * the chunk summaries of the full state after it (no shortcut, no early stop before the answer).
 */
function slowFirstView(left: Timeline, right: Timeline): number | null {
  if (left.setupError !== null || right.setupError !== null) {
    if (left.setupError !== right.setupError) return 0;
  } else if (firstChunkDifference(left.view(0).state, right.view(0).state)) return 0;
  const n = Math.max(left.length, right.length);
  for (let k = 1; k <= n; k++) {
    const i = k - 1;
    if (i >= left.length || i >= right.length) return k;
    const a = left.outcome(i);
    const b = right.outcome(i);
    if (a.ok !== b.ok || a.error !== b.error || a.chunk !== b.chunk || a.offset !== b.offset) return k;
    if (firstChunkDifference(left.view(k).state, right.view(k).state)) return k;
  }
  return null;
}

describe('divergence: the fast path agrees with the definition', () => {
  it('on random small scenarios and random early-slot / early-size / earlyAlloc variants', () => {
    fc.assert(
      fc.property(
        smallScenario,
        fc.record({
          flip: fc.boolean(),
          slots: fc.integer({ min: 2, max: 40 }),
          size: fc.constantFrom(0, 4096, 12288, 30000),
        }),
        (s, variant) => {
          const other: Config = {
            ...s.config,
            earlyAlloc: variant.flip ? !s.config.earlyAlloc : s.config.earlyAlloc,
            earlySlots: variant.slots,
            earlySize: variant.size,
          };
          const { left, right, d } = pair(s.config, s.ops, other);
          expect(d.firstView).toBe(slowFirstView(left, right));
          if (d.firstView !== null && d.firstView > 0) expect(d.firstStep).toBe(d.firstView - 1);
          expect(d.shorter).toBe(left.length < right.length ? 'left' : right.length < left.length ? 'right' : null);
        },
      ),
      { numRuns: 200 },
    );
  });
});
