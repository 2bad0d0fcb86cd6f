import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/schema';
import { parseFtrace } from './ftrace';
import {
  FTRACE_5X,
  FTRACE_6X_CALL_SITE,
  FTRACE_BAD_VALUES,
  FTRACE_PTR_ONLY,
  PERF_SCRIPT,
} from './samples/ftraceSamples';

/** The ops must load as a scenario: the point of reading a trace is to replay it. */
function expectLoadable(ops: unknown[]) {
  const result = parseScenario({ format: 'percpu-scenario', version: 1, ops });
  expect(result.ok ? [] : result.errors).toEqual([]);
}

describe('parseFtrace: 4.x/5.x format', () => {
  const parsed = parseFtrace(FTRACE_5X);

  it('turns allocations into alloc ops in order, with reserved and the task as label', () => {
    expect(parsed.ops.slice(0, 3)).toEqual([
      { op: 'alloc', size: 4096, align: 64, reserved: true, label: 'modprobe' },
      { op: 'alloc', size: 16, align: 8, label: 'modprobe' },
      { op: 'alloc', size: 8, align: 8, label: 'kworker/u8:2' },
    ]);
    expect(parsed.sourceLines.slice(0, 3)).toEqual([7, 8, 9]);
  });

  it('matches frees by base_addr+off: same off in another chunk is another allocation', () => {
    // Line 10 frees base c4a0e2c7 off 98304: op 1, not op 2 (off 98304 of base 3b9f7a12).
    expect(parsed.ops.slice(3)).toEqual([
      { op: 'free', alloc: 1 },
      { op: 'free', alloc: 0 },
    ]);
  });

  it('reports the free of an allocation the trace never showed, with its line', () => {
    expect(parsed.problems[0]).toMatch(
      /^line 12: free \(base_addr=00000000deadbeef off=4096 ptr=00000000aaaabbbb\) matches no traced allocation/,
    );
    expect(parsed.stats).toEqual({
      events: 6,
      allocs: 3,
      frees: 3,
      matchedFrees: 2,
      unmatchedFrees: 1,
      failures: 0,
      skippedAllocs: 0,
      atomic: 1,
      reserved: 1,
      stillAllocated: 1,
      createdChunks: 0,
      destroyedChunks: 0,
      rejectedLines: 0,
    });
    expect(parsed.problems[1]).toMatch(/^1 allocation\(s\) were atomic/);
    expectLoadable(parsed.ops);
  });
});

describe('parseFtrace: other layouts', () => {
  it('labels 6.x events with call_site, module suffix included', () => {
    const parsed = parseFtrace(FTRACE_6X_CALL_SITE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.ops).toEqual([
      { op: 'alloc', size: 4, align: 4, label: 'alloc_vfsmnt+0x8c/0x1f0' },
      { op: 'alloc', size: 64, align: 64, reserved: true, label: 'mymod_init+0x10/0x40 [mymod]' },
      { op: 'free', alloc: 0 },
    ]);
  });

  it('matches by ptr when base_addr is hidden', () => {
    const parsed = parseFtrace(FTRACE_PTR_ONLY);
    expect(parsed.problems).toEqual([]);
    expect(parsed.ops[1]).toEqual({ op: 'free', alloc: 0 });
  });

  it('matches by ptr when the free line carries only ptr', () => {
    const text =
      '  a-1 [000] .... 1.0: percpu_alloc_percpu: reserved=0 is_atomic=0 size=8 align=8 base_addr=0000000012345678 off=4 ptr=00000000abcdef01\n' +
      '  a-1 [000] .... 2.0: percpu_free_percpu: ptr=00000000abcdef01';
    expect(parseFtrace(text).ops[1]).toEqual({ op: 'free', alloc: 0 });
  });

  it('matches by base_addr+off when the free line carries no ptr, 0x or not', () => {
    const text =
      '  a-1 [000] .... 1.0: percpu_alloc_percpu: reserved=0 is_atomic=0 size=8 align=8 base_addr=0000000012345678 off=4 ptr=00000000abcdef01\n' +
      '  a-1 [000] .... 2.0: percpu_free_percpu: base_addr=0x12345678 off=4';
    expect(parseFtrace(text).ops[1]).toEqual({ op: 'free', alloc: 0 });
  });

  it("reads perf script's layout", () => {
    const parsed = parseFtrace(PERF_SCRIPT);
    expect(parsed.ops).toEqual([
      { op: 'alloc', size: 16, align: 8, label: 'modprobe' },
      { op: 'free', alloc: 0 },
    ]);
  });

  it('reads e-mail quoted lines', () => {
    const quoted = FTRACE_6X_CALL_SITE.split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
    expect(parseFtrace(quoted).ops).toEqual(parseFtrace(FTRACE_6X_CALL_SITE).ops);
  });
});

describe('parseFtrace: what it refuses to guess', () => {
  it('reports bad aligns and sizes, failures, and frees of left-out allocations, without throwing', () => {
    const parsed = parseFtrace(FTRACE_BAD_VALUES);
    expect(parsed.ops).toEqual([]);
    expect(parsed.problems).toEqual([
      'line 1: align 24 is not a power of two; allocation left out',
      'line 2: align 2147483648 is above 1073741824; allocation left out',
      'line 3: size 4294967296 is above 2147483647; allocation left out',
      'line 4: the traced kernel failed an allocation (size=65536 align=8 reserved=0); not replayed',
      'line 5: frees the allocation left out at line 1; left out too',
    ]);
    expect(parsed.stats).toMatchObject({ allocs: 3, skippedAllocs: 3, failures: 1, unmatchedFrees: 1 });
  });

  it('reports a second free of the same allocation', () => {
    const free = '  a-1 [000] .... 2.0: percpu_free_percpu: base_addr=0000000012345678 off=4 ptr=00000000abcdef01';
    const text =
      '  a-1 [000] .... 1.0: percpu_alloc_percpu: reserved=0 is_atomic=0 size=8 align=8 base_addr=0000000012345678 off=4 ptr=00000000abcdef01\n' +
      `${free}\n${free}`;
    const parsed = parseFtrace(text);
    expect(parsed.ops).toEqual([
      { op: 'alloc', size: 8, align: 8, label: 'a' },
      { op: 'free', alloc: 0 },
    ]);
    expect(parsed.problems[0]).toMatch(/^line 3: free .* matches no traced allocation/);
    expectLoadable(parsed.ops);
  });

  it('lets a reused address name the newer allocation and reports the untraced free', () => {
    const alloc = (t: string) =>
      `  a-1 [000] .... ${t}: percpu_alloc_percpu: reserved=0 is_atomic=0 size=8 align=8 base_addr=0000000012345678 off=4 ptr=00000000abcdef01`;
    const text = `${alloc('1.0')}\n${alloc('2.0')}\n  a-1 [000] .... 3.0: percpu_free_percpu: base_addr=0000000012345678 off=4 ptr=00000000abcdef01`;
    const parsed = parseFtrace(text);
    expect(parsed.ops[2]).toEqual({ op: 'free', alloc: 1 });
    expect(parsed.problems[0]).toMatch(/^line 2: this allocation has the address of the one from line 1/);
    expect(parsed.stats.stillAllocated).toBe(1);
  });

  it('reports lost events and texts with no percpu events', () => {
    expect(parseFtrace('CPU:2 [LOST 17 EVENTS]').problems).toEqual([
      'line 1: the trace lost 17 events, so some frees may not match',
      'no percpu_alloc_percpu or percpu_free_percpu events found',
    ]);
  });

  it('cuts labels to the scenario limit of 120 characters', () => {
    const site = 'x'.repeat(300);
    const parsed = parseFtrace(
      `  a-1 [000] .... 1.0: percpu_alloc_percpu: call_site=${site} reserved=0 is_atomic=0 size=8 align=8 base_addr=1 off=0 ptr=2 bytes_alloc=8 gfp_flags=GFP_KERNEL`,
    );
    expect(parsed.ops[0]).toMatchObject({ label: 'x'.repeat(120) });
    expectLoadable(parsed.ops);
  });
});

describe('parseFtrace: traces as people paste them', () => {
  const alloc =
    '  a-1 [000] .... 1.0: percpu_alloc_percpu: reserved=0 is_atomic=0 size=8 align=8 base_addr=0000000012345678 off=4 ptr=00000000abcdef01';
  const free = '  a-1 [000] .... 2.0: percpu_free_percpu: base_addr=0000000012345678 off=4 ptr=00000000abcdef01';

  it('joins an event whose fields were wrapped onto the next lines', () => {
    const wrapped = [
      '  a-1 [000] .... 1.0: percpu_alloc_percpu: call_site=foo+0x1/0x2 [mod] reserved=0',
      '    is_atomic=0 size=8 align=8 base_addr=0000000012345678',
      '    off=4 ptr=00000000abcdef01 bytes_alloc=32 gfp_flags=GFP_KERNEL',
      free,
    ].join('\n');
    const parsed = parseFtrace(wrapped);
    expect(parsed.ops).toEqual([
      { op: 'alloc', size: 8, align: 8, label: 'foo+0x1/0x2 [mod]' },
      { op: 'free', alloc: 0 },
    ]);
    expect(parsed.sourceLines).toEqual([1, 4]);
  });

  it('recognises chunk creation and destruction and says the replay makes its own chunks', () => {
    const text = [
      '  kworker/2:1-80 [002] .... 3.0: percpu_create_chunk: base_addr=00000000aaaa0000',
      alloc,
      '  kworker/2:1-80 [002] .... 4.0: percpu_destroy_chunk: base_addr=00000000aaaa0000',
    ].join('\n');
    const parsed = parseFtrace(text);
    expect(parsed.stats).toMatchObject({ events: 3, createdChunks: 1, destroyedChunks: 1, allocs: 1 });
    expect(parsed.notes[0]).toMatch(
      /created 1 and destroyed 1 chunk\(s\); the replay creates and frees chunks by 2\.6\.36's rules/,
    );
  });

  it('rejects tables from other tools that merely name an event', () => {
    const text = ['@[percpu_alloc_percpu]: 1234', 'percpu:percpu_free_percpu: 17', alloc].join('\n');
    const parsed = parseFtrace(text);
    expect(parsed.stats).toMatchObject({ events: 1, rejectedLines: 2 });
    expect(parsed.problems).toEqual([
      'line 1: names a percpu event but has no event fields (a table from another tool?); not a trace line',
      'line 2: names a percpu event but has no event fields (a table from another tool?); not a trace line',
    ]);
  });

  it("keeps the trace's own offsets beside the ops and says the replay's are 2.6.36's", () => {
    const parsed = parseFtrace(`${alloc}\n${free}`);
    expect(parsed.traceOffsets).toEqual([4, null]);
    expect(parsed.notes.at(-1)).toMatch(
      /the replay's offsets are 2\.6\.36's; the trace's own off= is shown beside each op/,
    );
  });

  it('reads the fail event of every era as a failure, not an allocation', () => {
    const parsed = parseFtrace(
      '  a-1 [000] .... 1.0: percpu_alloc_percpu_fail: reserved=1 is_atomic=0 size=16384 align=16',
    );
    expect(parsed.ops).toEqual([]);
    expect(parsed.stats.failures).toBe(1);
  });
});
