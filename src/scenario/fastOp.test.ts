import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { fastOp } from './fastOp';
import { opSchemaForTests, parseScenario } from './schema';
import { MAX_LABEL, MAX_OPS, withDefaults } from './defaults';

/** Values near every edge of the op schema: good ops, wrong types, out-of-range numbers, extra keys. */
const number = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4, 8, 1024, 2 ** 30, 2 ** 31 - 1, 2 ** 31, -1, 0.5, NaN, Infinity, MAX_OPS - 1, MAX_OPS),
  fc.integer(),
  fc.double(),
);
const label = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constant('x'.repeat(MAX_LABEL)),
  fc.constant('x'.repeat(MAX_LABEL + 1)),
);
const anything = fc.oneof(number, label, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant([]));
const field = (gen: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: gen }, { weight: 1, arbitrary: anything });
const size = fc.oneof(fc.integer({ min: 0, max: 2 ** 31 - 1 }), number);
const align = fc.oneof(fc.constantFrom(1, 2, 8, 4096, 2 ** 30, 2 ** 31), number);
/** Mostly near-valid ops of each kind (a key may be missing, a value wrong), sometimes with a stray key. */
const opShapes = fc.oneof(
  fc.record(
    {
      op: fc.constant('alloc'),
      size: field(size),
      align: field(align),
      reserved: field(fc.boolean()),
      label: field(label),
    },
    { requiredKeys: ['op'] },
  ),
  fc.record({ op: fc.constant('free'), alloc: field(fc.integer({ min: -1, max: MAX_OPS })) }, { requiredKeys: ['op'] }),
  fc.record({ op: fc.constant('slab-online') }),
  fc.record({ op: fc.constant('mark'), label: field(label) }, { requiredKeys: ['op'] }),
  fc.record({ op: anything, size: field(size), align: field(align) }),
);
const opValue = fc
  .tuple(
    opShapes,
    fc.option(fc.tuple(fc.constantFrom('extra', 'size', 'alloc', 'label', '__proto__'), anything), { freq: 4 }),
  )
  .map(([o, stray]) => (stray ? { ...o, [stray[0]]: stray[1] } : o))
  .chain((o) =>
    // Any key order: the result's order must still be the schema's.
    fc
      .shuffledSubarray(Object.keys(o), { minLength: Object.keys(o).length })
      .map((keys) => Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]))),
  );

describe('fastOp', () => {
  it('answers only when the schema accepts, and gives exactly what the schema gives', () => {
    fc.assert(
      fc.property(fc.oneof(opValue, anything), (value) => {
        const fast = fastOp(value);
        const zod = z.safeParse(opSchemaForTests, value);
        if (fast === undefined) return;
        expect(zod.success).toBe(true);
        expect(fast).toStrictEqual(zod.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 5000 },
    );
  });

  it('answers for every good op, whatever its key order', () => {
    const good = [
      { op: 'alloc', size: 24, align: 8 },
      { align: 8, size: 0, op: 'alloc', label: 'x', reserved: true },
      { op: 'alloc', size: 2 ** 31 - 1, align: 2 ** 30, reserved: false },
      { alloc: 0, op: 'free' },
      { op: 'slab-online' },
      { label: '', op: 'mark' },
    ];
    for (const op of good) {
      expect(fastOp(op)).toStrictEqual(z.safeParse(opSchemaForTests, op).data);
    }
  });

  it('a long scenario with bad ops among good ones reports the same problems as before', () => {
    const ops: unknown[] = Array.from({ length: 300 }, () => ({ op: 'alloc', size: 8, align: 8 }));
    ops[5] = { op: 'alloc', size: 8, align: 3 };
    ops[299] = { op: 'alloc', size: 8, align: 8, colour: 'red' };
    const result = parseScenario({ format: 'percpu-scenario', version: 1, config: withDefaults({}), ops });
    expect(result).toEqual({
      ok: false,
      errors: ['ops[5].align: 3 is not a power of two', 'ops[299].colour: unknown field'],
    });
  });
});
