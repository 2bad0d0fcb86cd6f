import { describe, expect, it } from 'vitest';
import type { Trace } from '../engine/traceTypes';
import { X86_64_4CPU as EXAMPLE_1 } from '../scenario/presets/slubBootstrap';
import { parseScenario } from '../scenario/schema';
import { earlyMetrics, slabOnlineIndex } from './earlyMetrics';
import { alloc, earlyThenLate } from './testSupport';

describe('earlyMetrics: allocator.md Example 4 (8-byte allocations, align 8, before slab)', () => {
  it('E = 128, R > 0, aligned start: #1–#125 succeed, #126 (op 125) fails to extend the map', () => {
    const m = earlyMetrics(EXAMPLE_1, earlyThenLate(140, 8, 8, 5));
    expect(m).toEqual({
      built: true,
      earlyAllocs: 140,
      earlySucceeded: 125,
      firstEarlyFailure: 125,
      firstFailureReason: 'failed to extend area map',
      crashed: false,
    });
  });

  // One new entry per allocation from map_used 2: the first failing request finds map_used >= E - 1,
  // i.e. it is #(E - 2) (op index E - 3); with E <= 3 already #1 finds it (allocator.md §14.10).
  for (const E of [2, 3, 4, 16, 64, 200, 1024]) {
    it(`E = ${E}: the first failure is op ${Math.max(0, E - 3)}`, () => {
      const m = earlyMetrics({ ...EXAMPLE_1, earlySlots: E }, earlyThenLate(E + 5, 8, 8));
      expect(m).toMatchObject({
        built: true,
        earlyAllocs: E + 5,
        earlySucceeded: Math.max(0, E - 3),
        firstEarlyFailure: Math.max(0, E - 3),
        firstFailureReason: 'failed to extend area map',
      });
    });
  }

  it('no reserved region (R = 0): the same count, #126 fails', () => {
    const m = earlyMetrics({ ...EXAMPLE_1, reservedSize: 0 }, earlyThenLate(130, 8, 8));
    expect(m).toMatchObject({ earlySucceeded: 125, firstEarlyFailure: 125 });
  });

  it('unaligned dynamic start (R = 0, S = 82884): the first allocation adds two entries, #125 fails', () => {
    const m = earlyMetrics({ ...EXAMPLE_1, reservedSize: 0, staticSize: 82884 }, earlyThenLate(130, 8, 8));
    expect(m).toMatchObject({ earlySucceeded: 124, firstEarlyFailure: 124 });
  });

  it('pre-change: allocation #1 already needs kzalloc before slab, a kernel crash that ends the replay', () => {
    const m = earlyMetrics({ ...EXAMPLE_1, earlyAlloc: false }, earlyThenLate(10, 8, 8));
    expect(m).toEqual({
      built: true,
      earlyAllocs: 1,
      earlySucceeded: 0,
      firstEarlyFailure: 0,
      firstFailureReason: 'kernel crash',
      crashed: true,
    });
  });
});

describe('earlyMetrics: early size (allocator.md §4.1, §6.3)', () => {
  // dyn = PFN_ALIGN(91072 + max(20480, earlySize)) - 91072; 4096-byte requests fit while dyn lasts,
  // the next one finds no chunk and cannot create one before slab: "failed to allocate new chunk".
  const ops = earlyThenLate(8, 4096, 8, 2);
  const cases = [
    { earlySize: 12288, dyn: 23616, fit: 5 },
    { earlySize: 24576, dyn: 27712, fit: 6 },
    { earlySize: 32768, dyn: 35904, fit: 8 },
  ];
  for (const { earlySize, dyn, fit } of cases) {
    it(`earlySize ${earlySize} (dyn ${dyn}): ${fit} page-sized requests fit`, () => {
      const m = earlyMetrics({ ...EXAMPLE_1, earlySize }, ops);
      expect(m).toMatchObject({
        built: true,
        earlyAllocs: 8,
        earlySucceeded: fit,
        firstEarlyFailure: fit < 8 ? fit : null,
        firstFailureReason: fit < 8 ? 'failed to allocate new chunk' : null,
      });
    });
  }
});

describe('earlyMetrics: boundaries', () => {
  it('earlySlots * 4 > pageSize does not build; exactly one page does', () => {
    const ops = earlyThenLate(3, 8, 8);
    const bad = earlyMetrics({ ...EXAMPLE_1, earlySlots: 1025 }, ops);
    expect(bad.built).toBe(false);
    if (!bad.built) expect(bad.reason).toMatch(/does not build/);
    expect(earlyMetrics({ ...EXAMPLE_1, earlySlots: 1024 }, ops)).toMatchObject({ built: true, earlySucceeded: 3 });
    // Without early allocation support earlySlots is ignored (allocator.md §14.9).
    expect(earlyMetrics({ ...EXAMPLE_1, earlyAlloc: false, earlySlots: 1025 }, ops).built).toBe(true);
  });

  it('counts only alloc ops before slab-online; with no slab-online every op is early', () => {
    const ops = [{ op: 'mark', label: 'm' } as const, alloc(8, 8), { op: 'slab-online' } as const, alloc(8, 8)];
    expect(slabOnlineIndex(ops)).toBe(2);
    expect(earlyMetrics(EXAMPLE_1, ops)).toMatchObject({ earlyAllocs: 1, earlySucceeded: 1 });
    expect(earlyMetrics(EXAMPLE_1, [alloc(8, 8), alloc(8, 8)])).toMatchObject({ earlyAllocs: 2, earlySucceeded: 2 });
    expect(earlyMetrics(EXAMPLE_1, [{ op: 'slab-online' }, alloc(8, 8)])).toMatchObject({ earlyAllocs: 0 });
  });

  it('an illegal request is an early failure of its own kind', () => {
    const m = earlyMetrics(EXAMPLE_1, [alloc(8, 8), alloc(0, 8), alloc(8, 8)]);
    expect(m).toMatchObject({ earlySucceeded: 2, firstEarlyFailure: 1, firstFailureReason: 'illegal size or align' });
  });
});

describe('earlyMetrics against the conformance traces (real kernel code)', () => {
  const scenarios = import.meta.glob('../../test/conformance/*.scenario.json', { eager: true, import: 'default' });
  const traces = import.meta.glob('../../test/conformance/*.trace.json', { eager: true, import: 'default' });
  const names = Object.keys(scenarios).map((path) => path.slice(0, -'.scenario.json'.length));

  it('has cases', () => {
    expect(names.length).toBeGreaterThan(10);
  });

  for (const name of names) {
    it(`${name.split('/').pop()}: matches the trace's steps before slab-online`, () => {
      const parsed = parseScenario(scenarios[`${name}.scenario.json`]);
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const { config, ops } = parsed.scenario;
      const trace = traces[`${name}.trace.json`] as Trace;
      const m = earlyMetrics(config, ops);
      if (!trace.setup.ok) {
        expect(m.built).toBe(false);
        return;
      }
      const early = trace.steps.filter((s) => s.index < slabOnlineIndex(ops) && s.op === 'alloc');
      const failed = early.filter((s) => !s.ok);
      expect(m).toEqual({
        built: true,
        earlyAllocs: early.length,
        earlySucceeded: early.length - failed.length,
        firstEarlyFailure: failed[0]?.index ?? null,
        firstFailureReason: failed[0]?.error ?? null,
        crashed: early.some((s) => s.error === 'kernel crash'),
      });
    });
  }
});
