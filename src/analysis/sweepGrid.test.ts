import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import { buildTrace } from '../engine/trace';
import type { Config, Op } from '../engine/types';
import { PRESETS } from '../scenario/presets';
import { X86_64_4CPU as EXAMPLE_1 } from '../scenario/presets/slubBootstrap';
import { opSequence, smallConfig } from '../../test/support/arbitraries';
import { slabOnlineIndex, type EarlyOutcome } from './earlyMetrics';
import { metricValue, sweepConfig, sweepGrid, sweepOutcomes } from './sweepGrid';
import { earlyThenLate } from './testSupport';

/** The same numbers read off a full Timeline replay, the way the Explore view sees the run. */
function fromTimeline(config: Config, ops: Op[]): EarlyOutcome {
  const t = new Timeline(config, ops);
  if (t.setupError !== null) return { built: false, reason: t.setupError };
  const end = Math.min(slabOnlineIndex(ops), t.length);
  let earlyAllocs = 0;
  let earlySucceeded = 0;
  let first: number | null = null;
  for (let i = 0; i < end; i++) {
    if (ops[i]!.op !== 'alloc') continue;
    earlyAllocs++;
    if (t.succeeded(i)) earlySucceeded++;
    else first ??= i;
  }
  return {
    built: true,
    earlyAllocs,
    earlySucceeded,
    firstEarlyFailure: first,
    firstFailureReason: first === null ? null : t.error(first),
    crashed: t.crashed && t.length <= end,
  };
}

/** And off the formats.md trace. */
function fromTrace(config: Config, ops: Op[]): EarlyOutcome {
  const trace = buildTrace(config, ops);
  if (!trace.setup.ok) return { built: false, reason: trace.setup.error! };
  const early = trace.steps.filter((s) => s.index < slabOnlineIndex(ops) && s.op === 'alloc');
  const failed = early.filter((s) => !s.ok);
  return {
    built: true,
    earlyAllocs: early.length,
    earlySucceeded: early.length - failed.length,
    firstEarlyFailure: failed[0]?.index ?? null,
    firstFailureReason: failed[0]?.error ?? null,
    crashed: early.some((s) => s.error === 'kernel crash'),
  };
}

describe('sweep cells equal direct replays', () => {
  const slots = [2, 16, 100, 128, 1024, 1025, 4096];
  const sizes = [0, 4096, 12288, 24576, 32768];
  for (const preset of PRESETS) {
    it(`${preset.id}: every cell of a ${slots.length}×${sizes.length} grid`, () => {
      const { config, ops } = preset.scenario;
      const grid = sweepOutcomes(ops, config, slots, sizes);
      expect(grid).toHaveLength(slots.length);
      slots.forEach((s, r) => {
        expect(grid[r]).toHaveLength(sizes.length);
        sizes.forEach((z, c) => {
          const direct = fromTimeline(sweepConfig(config, s, z), ops);
          expect(grid[r]![c]).toEqual(direct);
        });
      });
    });
  }

  it('random small configs and op lists: a cell equals the trace and the Timeline', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((early) => smallConfig(early)),
        opSequence(40),
        fc.integer({ min: 2, max: 1100 }),
        fc.integer({ min: 0, max: 40000 }),
        (config, ops, s, z) => {
          const [[cell]] = sweepOutcomes(ops, config, [s], [z]) as [[EarlyOutcome]];
          const cfg = sweepConfig(config, s, z);
          expect(cell).toEqual(fromTrace(cfg, ops));
          expect(cell).toEqual(fromTimeline(cfg, ops));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('sweepGrid', () => {
  it('Example 4 over earlySlots: succeeded = E - 3 (aligned start, R > 0); 1025 * 4 > 4096 does not build', () => {
    const ops = earlyThenLate(140, 8, 8);
    const grid = sweepGrid(ops, EXAMPLE_1, [16, 64, 128, 1025], [4096, 12288], 'earlySucceeded');
    expect(grid.slice(0, 3)).toEqual([
      [
        { kind: 'value', value: 13 },
        { kind: 'value', value: 13 },
      ],
      [
        { kind: 'value', value: 61 },
        { kind: 'value', value: 61 },
      ],
      [
        { kind: 'value', value: 125 },
        { kind: 'value', value: 125 },
      ],
    ]);
    expect(grid[3]!.map((c) => c.kind)).toEqual(['no-build', 'no-build']);
  });

  it('first early failure: op index, or none when everything before slab succeeded', () => {
    // The SLUB bootstrap preset makes 15 requests of 24/8 at ops 2..16 (allocator.md §12, Example 9):
    // E = 16 fails #14 = op 15; E = 32 has room for all 15.
    const slub = PRESETS.find((p) => p.id === 'slub-bootstrap')!.scenario;
    const grid = sweepGrid(slub.ops, slub.config, [16, 32], [12288], 'firstEarlyFailure');
    expect(grid).toEqual([[{ kind: 'value', value: 15 }], [{ kind: 'none' }]]);
  });

  it('metricValue reads the chosen number', () => {
    const m: EarlyOutcome = {
      built: true,
      earlyAllocs: 9,
      earlySucceeded: 7,
      firstEarlyFailure: 4,
      firstFailureReason: 'failed to extend area map',
      crashed: false,
    };
    expect(metricValue(m, 'earlySucceeded')).toEqual({ kind: 'value', value: 7 });
    expect(metricValue(m, 'firstEarlyFailure')).toEqual({ kind: 'value', value: 4 });
    expect(metricValue({ built: false, reason: 'x' }, 'earlySucceeded')).toEqual({ kind: 'no-build', reason: 'x' });
  });
});
