/**
 * fast-check generators for valid scenarios on small machines, where map limits, slot moves,
 * new chunks and reclaim are reached within a few dozen ops.
 */
import fc from 'fast-check';
import type { Config, Op } from '../../src/engine/types';
import { config } from './engine';

/** Small configurations: a 65536-byte unit (page atom) or a big one (2 MiB atom), odd static sizes. */
export function smallConfig(earlyAlloc: boolean): fc.Arbitrary<Config> {
  return fc
    .record({
      cpus: fc.integer({ min: 1, max: 4 }),
      twoNodes: fc.boolean(),
      staticSize: fc.constantFrom(4096, 4096, 4097, 4098, 4100, 8192, 40960, 1),
      reservedSize: fc.constantFrom(0, 8192, 8192, 4095),
      dynSize: fc.constantFrom(12288, 12288, 0, 4096, 20480),
      atomSize: fc.constantFrom(4096, 4096, 4096, 2097152),
      earlySize: fc.constantFrom(12288, 12288, 0),
      earlySlots: fc.constantFrom(8, 16, 32, 128, 2, 100),
    })
    .map(({ cpus, twoNodes, ...rest }) =>
      config({
        ...rest,
        earlyAlloc,
        cpus,
        cpuToNode: Array.from({ length: cpus }, (_, c) => (twoNodes ? c % 2 : 0)),
      }),
    );
}

/** Sizes weighted towards the head/tail rules (1-16), with big and illegal ones now and then. */
const mixedSize = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 16 }) },
  { weight: 4, arbitrary: fc.integer({ min: 17, max: 512 }) },
  { weight: 3, arbitrary: fc.integer({ min: 513, max: 24000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 24001, max: 65536 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 65536, 65537) },
);

/** Powers of two 1..64 mostly, up to a page and one above it sometimes. */
const mixedAlign = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 6 }).map((k) => 2 ** k) },
  { weight: 2, arbitrary: fc.integer({ min: 7, max: 12 }).map((k) => 2 ** k) },
  { weight: 1, arbitrary: fc.constant(8192) },
);

/** Mostly normal requests; reserved ones go to the small reserved chunk. */
const reserved = fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, fc.constant(true));

type Intent =
  { kind: 'alloc'; size: number; align: number; reserved: boolean } | { kind: 'free'; pick: number } | { kind: 'mark' };

function intents(size: fc.Arbitrary<number>, align: fc.Arbitrary<number>, freeWeight: number): fc.Arbitrary<Intent> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('alloc' as const), size, align, reserved }) },
    { weight: freeWeight, arbitrary: fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'mark' as const }) },
  );
}

/**
 * Three request profiles: mixed sizes; tiny 1-8-byte requests that grow maps and reach the
 * 1-3-byte rules (and the §14.1 hazard); big ones that create, empty and reclaim chunks.
 */
const profiles = {
  mixed: intents(mixedSize, mixedAlign, 4),
  tiny: intents(fc.integer({ min: 1, max: 8 }), fc.constantFrom(1, 1, 2, 4, 8), 2),
  big: intents(fc.integer({ min: 8000, max: 65536 }), mixedAlign, 5),
};
const profile = fc.constantFrom('mixed', 'tiny', 'big') as fc.Arbitrary<keyof typeof profiles>;

/**
 * A valid op list: frees name earlier allocs that are not freed yet (mostly recent ones, so
 * holes merge), and at most one slab-online at a generated position (or none).
 */
export function opSequence(maxLength: number): fc.Arbitrary<Op[]> {
  return fc
    .record({
      intents: profile.chain((p) => fc.array(profiles[p], { maxLength, size: 'max' })),
      slabAt: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, fc.nat({ max: maxLength }), fc.constant(-1)),
    })
    .map(({ intents, slabAt }) => {
      const ops: Op[] = [];
      const unfreed: number[] = [];
      intents.forEach((it, i) => {
        if (i === slabAt) ops.push({ op: 'slab-online' });
        if (it.kind === 'alloc') {
          unfreed.push(ops.length);
          ops.push({ op: 'alloc', size: it.size, align: it.align, ...(it.reserved && { reserved: true }) });
        } else if (it.kind === 'free' && unfreed.length) {
          const recent = Math.min(unfreed.length, 4);
          const at = it.pick % 2 ? unfreed.length - 1 - (it.pick % recent) : it.pick % unfreed.length;
          ops.push({ op: 'free', alloc: unfreed.splice(at, 1)[0]! });
        } else ops.push({ op: 'mark', label: `m${i}` });
      });
      return ops;
    });
}
