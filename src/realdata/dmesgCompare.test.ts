import { describe, expect, it } from 'vitest';
import { setup } from '../engine/setup';
import { buildTrace } from '../engine/trace';
import type { Config } from '../engine/types';
import { withDefaults } from '../scenario/defaults';
import { parseDmesg } from './dmesg';
import { compareDmesg } from './dmesgCompare';
import { applySuggestion } from './dmesgConfig';
import {
  DMESG_10CPU_ALTERNATING,
  DMESG_24CPU,
  DMESG_24CPU_QUOTED_WRAPPED,
  DMESG_2636_EXAMPLE1,
  DMESG_3X_SYSLOG,
  DMESG_8CPU_INTERLEAVED,
  DMESG_ARM_32K_UNIT,
  DMESG_LATER_28K,
  DMESG_PAGE_CHUNK,
  DMESG_SMALL_DYN,
} from './samples/dmesgSamples';

/** allocator.md Example 1's config: the arch's minimum D = 20480, not the printed d. */
const EXAMPLE1: Config = withDefaults({
  cpus: 4,
  staticSize: 82880,
  reservedSize: 8192,
  dynSize: 20480,
  atomSize: 2097152,
});

function prefilled(text: string, base: Config = withDefaults({})) {
  const parsed = parseDmesg(text);
  return { parsed, config: applySuggestion(base, parsed.config) };
}

describe('compareDmesg: logs the model reproduces', () => {
  it('matches the Example 1 log line by line against the Example 1 config', () => {
    const parsed = parseDmesg(DMESG_2636_EXAMPLE1);
    const result = compareDmesg(parsed, setup(EXAMPLE1));
    expect(result.lines.map((l) => [l.line, l.status])).toEqual([
      [2, 'match'],
      [3, 'match'],
      [4, 'match'],
    ]);
    expect(result.matches).toBe(true);
    expect(result.lines[0]!.model).toBe('PERCPU: Embedded 28 pages/cpu s82880 r8192 d23616 u524288');
  });

  it('matches with a trace setup section too', () => {
    const parsed = parseDmesg(DMESG_3X_SYSLOG);
    expect(compareDmesg(parsed, buildTrace(EXAMPLE1, []).setup, EXAMPLE1).matches).toBe(true);
  });

  it.each([
    ['Example 1, 2.6.36', DMESG_2636_EXAMPLE1],
    ['Example 1, 4.6+ syslog', DMESG_3X_SYSLOG],
    ['Example 2(a), interleaved nodes', DMESG_8CPU_INTERLEAVED],
    ['Example 3(c), several allocations per line', DMESG_10CPU_ALTERNATING],
    ['Example 3(d), 24 CPUs', DMESG_24CPU],
    ['Example 3(d), quoted and wrapped', DMESG_24CPU_QUOTED_WRAPPED],
    ['a later kernel with d28672, prefilled', DMESG_LATER_28K],
    ['a page first-chunk log, dump part', DMESG_PAGE_CHUNK],
  ])('the prefilled config reproduces %s', (_name, text) => {
    const { parsed, config } = prefilled(text);
    const result = compareDmesg(parsed, setup(config));
    const dump = result.lines.filter((l) => l.kind !== 'page-chunk');
    expect(dump.every((l) => l.status === 'match')).toBe(true);
  });
});

describe('compareDmesg: explanations for logs it does not reproduce', () => {
  it('explains a 32 KiB unit by the later PCPU_MIN_UNIT_SIZE', () => {
    // 2.6.36: min unit max(28672, 65536) = 65536, and 65536 / 4096 atoms = 16 (log: 8).
    const { parsed, config } = prefilled(DMESG_ARM_32K_UNIT);
    const result = compareDmesg(parsed, setup(config));
    expect(result.lines.map((l) => l.status)).toEqual(['differs', 'differs', 'match']);
    expect(result.lines[0]!.details).toHaveLength(1);
    expect(result.lines[0]!.details[0]).toMatch(
      /^u: log 32768, model 65536: later kernel \(2\.6\.37\+\) has a 32 KiB PCPU_MIN_UNIT_SIZE/,
    );
    expect(result.lines[1]!.details.some((d) => d.startsWith('alloc: log 8, model 16'))).toBe(true);
  });

  it('explains d28672 by the later 28 KiB dynamic reserve', () => {
    // Model with D 20480: 192512 + 8192 + 20480 = 221184 = 54 pages, d 20480; the log says 56 and 28672.
    const { parsed } = prefilled(DMESG_LATER_28K);
    const config = withDefaults({ cpus: 8, staticSize: 192512, reservedSize: 8192, dynSize: 20480 });
    const result = compareDmesg(parsed, setup(config));
    const embedded = result.lines[0]!;
    expect(embedded.status).toBe('differs');
    expect(embedded.details).toHaveLength(2);
    expect(embedded.details[0]).toMatch(/^pages: log 56, model 54/);
    expect(embedded.details[1]).toMatch(
      /^d: log 28672, model 20480: later kernels reserve 28 KiB \(PERCPU_DYNAMIC_RESERVE/,
    );
    expect(embedded.details[1]).toMatch(/dynSize = 28672 reproduces it because s\+r\+d = 229376 is page aligned/);
    // Same unit (2 MiB / 8), same CPUs: the dump line matches.
    expect(result.lines[2]!.status).toBe('match');
  });

  it('explains a d below EARLY_SIZE under earlyAlloc, and matches once earlyAlloc is off', () => {
    const { parsed, config } = prefilled(DMESG_SMALL_DYN);
    // earlyAlloc: dyn = max(8192, 12288) → s+r+d = 110592 = 27 pages, d 12288.
    const post = compareDmesg(parsed, setup(config));
    expect(post.lines[0]!.details[0]).toMatch(/^pages: log 26, model 27/);
    expect(post.lines[0]!.details[1]).toMatch(
      /^d: log 8192, model 12288: the log's d is smaller than EARLY_SIZE \(12288\)/,
    );
    const pre = compareDmesg(parsed, setup({ ...config, earlyAlloc: false }));
    expect(pre.matches).toBe(true);
  });

  it('names a differing atom size and the alloc count that follows from it', () => {
    // Same sizes with a 4 MiB atom: 4 MiB / 131072 = 32 slots, 4 CPUs → upa 4 still wastes 0,
    // so unit 1048576 and alloc=1*4194304 (allocator.md §4.3, as in the 32-bit variant of Example 1).
    const parsed = parseDmesg(DMESG_2636_EXAMPLE1);
    const result = compareDmesg(parsed, setup({ ...EXAMPLE1, atomSize: 4194304 }));
    const header = result.lines[1]!;
    expect(header.details.some((d) => d.startsWith('atom: log 2097152, model 4194304: set atomSize to 2097152'))).toBe(
      true,
    );
    expect(header.details.some((d) => d.startsWith('u: log 524288, model 1048576'))).toBe(true);
  });

  it('tells to set cpus when the model has fewer CPUs than the dump', () => {
    const parsed = parseDmesg(DMESG_24CPU);
    const result = compareDmesg(parsed, setup(EXAMPLE1));
    const dump = result.lines.filter((l) => l.kind === 'groups');
    expect(dump.every((l) => l.status === 'differs')).toBe(true);
    expect(dump[0]!.details).toContain('the log lists 24 CPUs, the model has 4: set cpus to 24');
  });

  it('names the first CPU whose group differs (Example 2: interleaved vs contiguous nodes)', () => {
    const parsed = parseDmesg(DMESG_8CPU_INTERLEAVED);
    const contiguous = withDefaults({ ...EXAMPLE1, cpus: 8, cpuToNode: [0, 0, 0, 0, 1, 1, 1, 1] });
    const result = compareDmesg(parsed, setup(contiguous));
    // Log groups {0,2,4,6},{1,3,5,7}; model groups {0,1,2,3},{4,5,6,7}: CPU 4 is the first that moved.
    expect(result.lines[2]!.model).toBe('pcpu-alloc: [0] 0 1 2 3 [1] 4 5 6 7 ');
    expect(result.lines[2]!.details[0]).toMatch(/^CPU 4 is in group 0 in the log, group 1 in the model/);
    expect(result.lines.slice(0, 2).every((l) => l.status === 'match')).toBe(true);
  });

  it('says the model does not boot when its setup fails', () => {
    // earlySlots 2048 × 4 bytes > one 4096-byte page: formats.md's "kernel does not build".
    const parsed = parseDmesg(DMESG_2636_EXAMPLE1);
    const result = compareDmesg(parsed, setup({ ...EXAMPLE1, earlySlots: 2048 }));
    expect(result.matches).toBe(false);
    expect(result.lines).toHaveLength(3);
    for (const line of result.lines) expect(line.details[0]).toMatch(/^the model does not boot: earlySlots 2048/);
  });

  it('has nothing to match for a log without percpu lines', () => {
    const result = compareDmesg(parseDmesg('hello'), setup(EXAMPLE1));
    expect(result).toEqual({ lines: [], matches: false, notes: ['the log has no percpu setup lines to compare'] });
  });
});
