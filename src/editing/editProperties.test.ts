import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Op, Scenario } from '../engine/types';
import { parseScenario } from '../scenario/schema';
import { scenarioArb } from '../share/test-support/scenarioArbitrary';
import { applyEdit } from './applyEdit';
import type { Edit } from './editTypes';
import { effectiveOps } from './skip';

/** Ops to insert: mostly valid, some the schema must refuse (bad size, align, free targets). */
const insertedOpArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('alloc' as const),
    size: fc.integer({ min: 0, max: 4096 }),
    align: fc.constantFrom(1, 8, 64),
  }),
  fc.record({
    op: fc.constant('alloc' as const),
    size: fc.integer({ min: -5, max: 5 }),
    align: fc.constantFrom(0, 3, 4),
  }),
  fc.record({ op: fc.constant('free' as const), alloc: fc.integer({ min: -1, max: 70 }) }),
  fc.record({ op: fc.constant('mark' as const), label: fc.string({ maxLength: 130 }) }),
  fc.constant({ op: 'slab-online' as const }),
);

/** Edits with positions as raw numbers, folded onto the list (plus some out of range). */
const editArb = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    ops: fc.array(insertedOpArb, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), by: fc.constantFrom(-1 as const, 1 as const) }),
);

type RawEdit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function toEdit(raw: RawEdit, length: number): Edit {
  // One position in 20 lands past the end, to check refusals of bad indices.
  const index = raw.at % 20 === 19 ? length + 1 : raw.at % (length + 1);
  switch (raw.kind) {
    case 'insert':
      return { kind: 'insert', index, ops: raw.ops };
    case 'delete':
      return { kind: 'delete', index };
    case 'duplicate':
      return { kind: 'duplicate', index };
    case 'move':
      return { kind: 'move', index, by: raw.by };
  }
}

/** old op i, after the edit, is new op remap[i] — with a free naming its alloc's new index. */
function followsRemap(before: readonly Op[], after: readonly Op[], remap: Int32Array): boolean {
  return before.every((op, i) => {
    const j = remap[i]!;
    if (j < 0) return true;
    const moved = after[j];
    if (op.op === 'free') return moved?.op === 'free' && moved.alloc === remap[op.alloc];
    return JSON.stringify(moved) === JSON.stringify(op);
  });
}

describe('edit sequences (property)', () => {
  it('always give a valid scenario, or a refusal that leaves the scenario unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(editArb, { maxLength: 12 }), (start, raws) => {
        let scenario: Scenario = start;
        for (const raw of raws) {
          const frozen = JSON.stringify(scenario);
          const edit = toEdit(raw, scenario.ops.length);
          const result = applyEdit(scenario, edit);
          expect(JSON.stringify(scenario)).toBe(frozen);
          if (!result.ok) {
            expect(result.message.length).toBeGreaterThan(0);
            continue;
          }
          expect(parseScenario(result.scenario).ok).toBe(true);
          expect(result.remap).toHaveLength(scenario.ops.length);
          expect(followsRemap(scenario.ops, result.scenario.ops, result.remap)).toBe(true);
          scenario = result.scenario;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('skipping any set of ops gives an effective list the schema accepts, same length', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) =>
          fc.tuple(fc.constant(s), fc.uniqueArray(fc.nat({ max: Math.max(0, s.ops.length - 1) }), { maxLength: 10 })),
        ),
        ([scenario, picks]) => {
          const skipped = new Set(picks.filter((i) => i < scenario.ops.length));
          const ops = effectiveOps(scenario.ops, skipped);
          expect(ops).toHaveLength(scenario.ops.length);
          expect(parseScenario({ ...scenario, ops }).ok).toBe(true);
          // Exactly the skipped ops and the frees of skipped allocs stopped running.
          ops.forEach((op, i) => {
            const original = scenario.ops[i]!;
            const stops = skipped.has(i) || (original.op === 'free' && skipped.has(original.alloc));
            expect(op === original).toBe(!stops);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
