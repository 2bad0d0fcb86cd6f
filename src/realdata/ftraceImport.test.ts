import { describe, expect, it } from 'vitest';
import { parseFtrace } from '.';
import { FTRACE_5X } from './samples/ftraceSamples';
import { withDefaults } from '../scenario/defaults';
import { ftraceScenario } from './ftraceImport';

/*
 * FTRACE_5X: lines 7-9 allocate; line 10 frees line 8's allocation (off 98304 of base c4a0e2c7),
 * line 11 line 7's, line 12 names an address the trace never allocated (not replayed).
 */
const TRACED_OPS = [
  { op: 'alloc', size: 4096, align: 64, reserved: true, label: 'modprobe' },
  { op: 'alloc', size: 16, align: 8, label: 'modprobe' },
  { op: 'alloc', size: 8, align: 8, label: 'kworker/u8:2' },
  { op: 'free', alloc: 1 },
  { op: 'free', alloc: 0 },
];

describe('opening a trace as a scenario', () => {
  const config = withDefaults({ cpus: 2 });

  it('replays the three allocations and the two frees that match, on the current config', () => {
    const result = ftraceScenario(parseFtrace(FTRACE_5X), config, { slabFirst: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.title).toBe('Imported ftrace');
    expect(result.scenario.config).toEqual(config);
    expect(result.scenario.ops).toEqual(TRACED_OPS);
  });

  it('with slab first, every free still names its own allocation', () => {
    const result = ftraceScenario(parseFtrace(FTRACE_5X), config, { slabFirst: true });
    expect(result.ok && result.scenario.ops).toEqual([
      { op: 'slab-online' },
      ...TRACED_OPS.slice(0, 3),
      { op: 'free', alloc: 2 },
      { op: 'free', alloc: 1 },
    ]);
  });

  it('a trace without events gives a message, not a scenario', () => {
    expect(ftraceScenario(parseFtrace('nothing here'), config, { slabFirst: true })).toEqual({
      ok: false,
      errors: ['(trace): no allocations or frees to replay'],
    });
  });
});
