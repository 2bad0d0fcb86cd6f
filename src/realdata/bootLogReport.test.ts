/**
 * The boot-log report against real samples. Expected numbers come from allocator.md §11
 * Example 1 (s82880 r8192 d23616 u524288, 4 CPUs in one group) and the sample's own comment
 * for the later 28 KiB reserve (192512 + 8192 + 28672 = 56 pages).
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../engine/types';
import {
  DMESG_2636_EXAMPLE1,
  DMESG_ARM_32K_UNIT,
  DMESG_GARBAGE,
  DMESG_LATER_28K,
} from './samples/dmesgSamples';
import { withDefaults } from '../scenario/defaults';
import { comparisonSummary, readBootLog, recordNumbers } from './bootLogReport';

/** The formats.md defaults (S 40960, R 8192, D 20480, 4 CPUs): not the logged machine. */
const DEFAULTS: Config = withDefaults({});

describe('a 2.6.36 log (Example 1)', () => {
  const report = readBootLog(DMESG_2636_EXAMPLE1, DEFAULTS);

  it('finds the Embedded line, the header and the dump, with their numbers', () => {
    expect(report.parsed.lines.map((r) => [r.line, r.kind])).toEqual([
      [2, 'embedded'],
      [3, 'alloc-info'],
      [4, 'groups'],
    ]);
    expect(recordNumbers(report.parsed.lines[0]!)).toBe('28 pages/cpu, s82880 r8192 d23616 u524288');
    expect(recordNumbers(report.parsed.lines[1]!)).toBe('s82880 r8192 d23616 u524288 alloc=1*2097152');
    expect(recordNumbers(report.parsed.lines[2]!)).toBe('[0] 0 1 2 3');
  });

  it('suggests S 82880 and the printed d, and marks what changes from the defaults', () => {
    expect(report.suggested).toMatchObject({ staticSize: 82880, reservedSize: 8192, dynSize: 23616, cpus: 4 });
    const rows = Object.fromEntries(report.rows.map((r) => [r.field, r]));
    expect(rows.staticSize).toMatchObject({ fromLog: '82880', current: '40960', changes: true });
    expect(rows.reservedSize).toMatchObject({ changes: false });
    expect(rows.cpuToNode).toMatchObject({ fromLog: '[0,0,0,0]' });
    expect(report.configErrors).toEqual([]);
  });

  it('matches line by line with the suggested config, not with the defaults', () => {
    expect(report.withSuggested.matches).toBe(true);
    expect(comparisonSummary(report.withSuggested)).toBe('all 3 lines match');
    expect(report.withCurrent.matches).toBe(false);
  });
});

describe('a later log with the 28 KiB dynamic reserve', () => {
  it('differs from the current config on d, with the reason in words', () => {
    const report = readBootLog(DMESG_LATER_28K, DEFAULTS);
    const embedded = report.withCurrent.lines.find((l) => l.kind === 'embedded')!;
    expect(embedded.status).toBe('differs');
    expect(embedded.details.join(' ')).toContain('28 KiB');
    expect(report.suggested.dynSize).toBe(28672);
  });
});

describe('a later 32 KiB-unit log', () => {
  it('still differs with the suggested config: 2.6.36 has no unit below 64 KiB', () => {
    const report = readBootLog(DMESG_ARM_32K_UNIT, DEFAULTS);
    expect(report.withSuggested.matches).toBe(false);
    expect(comparisonSummary(report.withSuggested)).toBe('2 of 3 lines differ');
    expect(report.withSuggested.lines[0]!.details.join(' ')).toContain('64 KiB');
  });
});

describe('text that is no boot log', () => {
  it('suggests nothing and lists problems naming lines', () => {
    const report = readBootLog(DMESG_GARBAGE, DEFAULTS);
    expect(report.rows).toEqual([]);
    expect(report.parsed.problems.some((p) => p.startsWith('line 1:'))).toBe(true);
    expect(comparisonSummary(report.withSuggested)).toBe('nothing to compare');
  });
});
