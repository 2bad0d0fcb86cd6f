import { describe, expect, it } from 'vitest';
import { parsePercpuStats } from './percpuStats';
import { PERCPU_STATS_5_15 } from './samples/eraSamples';

const DUMP = PERCPU_STATS_5_15;

describe('parsePercpuStats', () => {
  it('reads Allocation Info into a config and lists the chunks with their role', () => {
    const parsed = parsePercpuStats(DUMP);
    expect(parsed.problems).toEqual([]);
    expect(parsed.config).toEqual({ staticSize: 208896, reservedSize: 8192, dynSize: 28672, atomSize: 2097152 });
    expect(parsed.allocationInfo.unit_size).toBe(262144);
    expect(parsed.global).toMatchObject({ nr_alloc: 9040, nr_chunks: 3 });
    expect(parsed.chunks.map((c) => [c.line, c.role, c.values.free_bytes])).toEqual([
      [19, 'reserved', 4096],
      [23, 'first', 4],
      [28, 'dynamic', 120000],
    ]);
    expect(parsed.notes).toContain('8 units per allocation (alloc_size / unit_size)');
    expect(parsed.notes.join('\n')).toMatch(/neither the CPU count nor the page size/);
  });

  it('reads it behind mail quoting and prompt-less pastes', () => {
    const quoted = DUMP.split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
    expect(parsePercpuStats(quoted).config).toEqual(parsePercpuStats(DUMP).config);
  });

  it('names what is missing instead of guessing', () => {
    expect(parsePercpuStats('nothing here').problems).toEqual([
      'no "Allocation Info:" block (looked for /sys/kernel/debug/percpu_stats output)',
    ]);
    const big = DUMP.replace('208896', '99999999');
    expect(parsePercpuStats(big).problems).toEqual(['static_size 99999999 is outside 1..8388608; not filled in']);
  });
});
