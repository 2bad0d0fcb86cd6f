/**
 * The fast area map (src/engine/areaMap.ts + area.ts) against the kernel's linear algorithm
 * on plain arrays (src/engine/reference): thousands of random boots, both variants, with
 * tiny leaves (so every cross-leaf path runs in small maps) and with the app's leaf size.
 * After every step the outcome, the events and the whole state (every map and owner array,
 * hints, free sizes, slot lists, live allocations) must be the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AreaMap, setLeafSizes } from '../src/engine/areaMap';
import type { EngineEvent } from '../src/engine/events';
import { applyOp as referenceApplyOp } from '../src/engine/reference/step';
import { setup } from '../src/engine/setup';
import { cloneState } from '../src/engine/snapshot';
import { applyOp } from '../src/engine/step';
import type { Config, Op } from '../src/engine/types';
import { opSequence, smallConfig } from './support/arbitraries';
import { config } from './support/engine';
import { normalizeState } from './support/normalize';

const SLOW = { timeout: 300_000 };
const DEFAULT_LEAVES: [number, number] = [512, 64];
const TINY_LEAVES: [number, number] = [4, 1];

/** What the runs reached, so the test can show it covered the rules it claims to. */
const seen = new Set<string>();

function note(events: EngineEvent[]): void {
  for (const e of events) {
    if (e.kind === 'head-absorbed') seen.add('head of 1-3 bytes absorbed');
    if (e.kind === 'split' && e.head > 0) seen.add('alignment head split off');
    if (e.kind === 'tail-kept') seen.add('tail < 4 kept');
    if (e.kind === 'map-extended' && e.storage === 'vmalloc') seen.add('map extended into vmalloc');
    if (e.kind === 'reclaim') seen.add('reclaim');
    if (e.kind === 'crash' && e.cause === 'slot-walk') seen.add('slot-walk halt');
    if (e.kind === 'area-not-found') seen.add('area not found (hint made exact)');
    if (e.kind === 'merged') seen.add(`merged with ${e.side}`);
    if (e.kind === 'hint' && e.exact) seen.add('hint made exact by a fit in the last entry');
  }
}

/** Runs both implementations side by side; the first difference fails with its step. */
function sameBoot(config: Config, ops: readonly Op[]): void {
  const fastBoot = setup(config);
  const refBoot = setup(config);
  if (!fastBoot.ok || !refBoot.ok) return;
  const fast = fastBoot.state;
  const ref = refBoot.state;
  for (let i = 0; i < ops.length && !ref.halted; i++) {
    const fastEvents: EngineEvent[] = [];
    const refEvents: EngineEvent[] = [];
    // Half the steps run on a fresh copy, so copy-on-write sharing is exercised too.
    const target = i % 2 ? fast : cloneState(fast);
    const fastOutcome = applyOp(target, i, ops[i]!, fastEvents);
    const refOutcome = referenceApplyOp(ref, i, ops[i]!, refEvents);
    if (target !== fast) Object.assign(fast, target);
    note(refEvents);
    // Strings compare fast; toEqual runs only to show a difference.
    if (JSON.stringify(fastOutcome) !== JSON.stringify(refOutcome))
      expect(fastOutcome, `step ${i} outcome`).toEqual(refOutcome);
    if (JSON.stringify(fastEvents) !== JSON.stringify(refEvents))
      expect(fastEvents, `step ${i} events`).toEqual(refEvents);
    const fastState = normalizeState(fast);
    const refState = normalizeState(ref);
    if (JSON.stringify(fastState) !== JSON.stringify(refState)) expect(fastState, `step ${i} state`).toEqual(refState);
  }
  expect(fast.halted).toBe(ref.halted);
}

/**
 * Long boots of tiny requests: one chunk's map passes 1,024 entries, so it is extended into
 * vmalloc, with frees that punch holes for the 1-3-byte head rules.
 */
function longTinyBoot(): fc.Arbitrary<Op[]> {
  return fc
    .array(
      fc.oneof(
        {
          weight: 8,
          arbitrary: fc.record({ size: fc.integer({ min: 1, max: 6 }), align: fc.constantFrom(1, 2, 4, 4, 8) }),
        },
        { weight: 1, arbitrary: fc.nat() },
      ),
      { minLength: 1400, maxLength: 1800 },
    )
    .map((intents) => {
      const ops: Op[] = [{ op: 'slab-online' }];
      const unfreed: number[] = [];
      for (const it of intents) {
        if (typeof it === 'number') {
          if (unfreed.length) ops.push({ op: 'free', alloc: unfreed.splice(it % unfreed.length, 1)[0]! });
        } else {
          unfreed.push(ops.length);
          ops.push({ op: 'alloc', size: it.size, align: it.align });
        }
      }
      return ops;
    });
}

/** Example 7's small machine: unit 65536, chunk 0 first `[-4096, 12288]`. */
function smallMachine(earlyAlloc: boolean): Config {
  return config({
    earlyAlloc,
    cpus: 2,
    cpuToNode: [0, 0],
    staticSize: 4096,
    reservedSize: 0,
    dynSize: 12288,
    atomSize: 4096,
  });
}

/**
 * The first chunk packed with 1-10-byte areas and filled, some of them freed, then small
 * aligned requests: holes of 1-3 bytes, heads that do not fit, stale hints, chunks sinking
 * to slot 0 mid-scan (the §14.1 halt) — the shape of edgeCases' §14.1 reproducer, at random.
 */
function fragmentingBoot(): fc.Arbitrary<Op[]> {
  return fc
    .record({
      sizes: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 12 }),
      frees: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      tail: fc.array(fc.record({ size: fc.integer({ min: 1, max: 12 }), align: fc.constantFrom(1, 2, 4, 8) }), {
        maxLength: 8,
      }),
    })
    .map(({ sizes, frees, tail }) => {
      const ops: Op[] = [{ op: 'slab-online' }];
      for (const size of sizes) ops.push({ op: 'alloc', size, align: 1 });
      const used = sizes.reduce((a, b) => a + b, 0);
      ops.push({ op: 'alloc', size: 12288 - used, align: 1 });
      sizes.forEach((_, k) => frees[k] && ops.push({ op: 'free', alloc: 1 + k }));
      for (const { size, align } of tail) ops.push({ op: 'alloc', size, align });
      return ops;
    });
}

for (const [leafName, leaves] of [
  ['tiny leaves', TINY_LEAVES],
  ['app leaves', DEFAULT_LEAVES],
] as const) {
  describe(`fast area map = kernel's linear algorithm (${leafName})`, () => {
    for (const earlyAlloc of [true, false]) {
      const variant = earlyAlloc ? 'post' : 'pre';
      it(`${variant}: 400 random boots agree step by step`, SLOW, () => {
        setLeafSizes(...leaves);
        try {
          fc.assert(
            fc.property(smallConfig(earlyAlloc), opSequence(80), (config, ops) => sameBoot(config, ops)),
            { numRuns: 400 },
          );
        } finally {
          setLeafSizes(...DEFAULT_LEAVES);
        }
      });

      it(`${variant}: 200 fragmenting boots agree (1-3-byte holes, the slot-walk halt)`, SLOW, () => {
        setLeafSizes(...leaves);
        try {
          fc.assert(
            fc.property(fragmentingBoot(), (ops) => sameBoot(smallMachine(earlyAlloc), ops)),
            { numRuns: 200 },
          );
        } finally {
          setLeafSizes(...DEFAULT_LEAVES);
        }
      });

      it(`${variant}: long boots of 1-6-byte requests agree (maps extended into vmalloc)`, SLOW, () => {
        setLeafSizes(...leaves);
        try {
          const machine = smallConfig(earlyAlloc).filter((c) => c.dynSize >= 12288);
          fc.assert(
            fc.property(machine, longTinyBoot(), (config, ops) => sameBoot(config, ops)),
            { numRuns: 2 },
          );
        } finally {
          setLeafSizes(...DEFAULT_LEAVES);
        }
      });
    }
  });
}

describe('AreaMap copy-on-write', () => {
  it('a clone and its original never see each other’s changes', () => {
    setLeafSizes(...TINY_LEAVES);
    try {
      fc.assert(
        fc.property(
          fc.array(
            fc.integer({ min: -50, max: 50 }).filter((v) => v !== 0),
            { minLength: 1, maxLength: 40 },
          ),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 })), {
            maxLength: 20,
          }),
          (start, edits) => {
            const original = AreaMap.from(
              start,
              start.map((v) => (v > 0 ? -1 : 7)),
            );
            const frozen = original.clone();
            const plain = start.slice();
            for (const [pick, count, width] of edits) {
              if (plain.length === 0) break;
              const at = pick % plain.length;
              const n = Math.min(count, plain.length - at);
              const values = Array.from({ length: Math.max(width, plain.length === n ? 1 : 0) }, (_, k) => k + 1);
              let offset = 0;
              for (let k = 0; k < at; k++) offset += Math.abs(plain[k]!);
              original.replaceRun(
                original.find(offset)!,
                n,
                values,
                values.map(() => -1),
              );
              plain.splice(at, n, ...values);
              expect(original.mapArray()).toEqual(plain);
              expect(original.length).toBe(plain.length);
            }
            expect(frozen.mapArray()).toEqual(start);
          },
        ),
        { numRuns: 500 },
      );
    } finally {
      setLeafSizes(...DEFAULT_LEAVES);
    }
  });
});

describe('the random boots reach every rule they are meant to test', () => {
  it('heads, tails, merges, stale hints, vmalloc maps, reclaim and the slot-walk halt all occurred', () => {
    expect([...seen].sort()).toEqual(
      [
        'alignment head split off',
        'area not found (hint made exact)',
        'head of 1-3 bytes absorbed',
        'map extended into vmalloc',
        'merged with next',
        'merged with previous',
        'reclaim',
        'slot-walk halt',
        'hint made exact by a fit in the last entry',
        'tail < 4 kept',
      ].sort(),
    );
  });
});
