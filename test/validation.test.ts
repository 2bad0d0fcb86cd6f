/**
 * formats.md §1 validation: every rule, with the exact `path: reason` message parseScenario
 * gives. An invalid scenario is rejected whole, and every problem in it is reported.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../src/scenario/schema';

const base = { format: 'percpu-scenario', version: 1, ops: [] as unknown[] };
const withConfig = (config: Record<string, unknown>) => ({ ...base, config });
const withOps = (...ops: unknown[]) => ({ ...base, ops });
const a = (size: number, align: number) => ({ op: 'alloc', size, align });

function errorsOf(input: unknown): string[] {
  const result = parseScenario(input);
  expect(result.ok, 'the scenario should be rejected').toBe(false);
  return result.ok ? [] : result.errors;
}

describe('accepted input', () => {
  it('the formats.md example parses, with defaults filled in', () => {
    const result = parseScenario({
      format: 'percpu-scenario',
      version: 1,
      title: 'Two nodes, one module',
      config: { cpus: 4, cpuToNode: [0, 0, 1, 1] },
      ops: [
        { op: 'alloc', size: 32, align: 8, label: 'kmem_cache_cpu kmalloc-8' },
        { op: 'alloc', size: 4096, align: 4096, reserved: true, label: 'module static area' },
        { op: 'free', alloc: 0 },
        { op: 'mark', label: 'kmem_cache_init' },
        { op: 'slab-online' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.config).toEqual({
      earlyAlloc: true,
      pageSize: 4096,
      cpus: 4,
      cpuToNode: [0, 0, 1, 1],
      staticSize: 40960,
      reservedSize: 8192,
      dynSize: 20480,
      atomSize: 2097152,
      earlySize: 12288,
      earlySlots: 128,
    });
  });

  it('a missing config takes every default, cpuToNode all 0', () => {
    const result = parseScenario(base);
    expect(result.ok && result.scenario.config.cpuToNode).toEqual([0, 0, 0, 0]);
  });

  it('4.0 is the integer 4', () => {
    const result = parseScenarioText('{"format":"percpu-scenario","version":1.0,"config":{"cpus":4.0},"ops":[]}');
    expect(result.ok).toBe(true);
  });

  it('illegal kernel requests (size 0, size > 65536, align > pageSize) are valid input', () => {
    expect(parseScenario(withOps(a(0, 8), a(65537, 8), a(8, 8192), a(2147483647, 1073741824))).ok).toBe(true);
  });

  it('earlySlots * 4 > pageSize is accepted (setup fails later, not validation)', () => {
    expect(parseScenario(withConfig({ earlySlots: 65536 })).ok).toBe(true);
  });

  it('accepts the bounds of every range', () => {
    const lows = { cpus: 1, cpuToNode: [63], staticSize: 1, reservedSize: 0, dynSize: 0, earlySize: 0, earlySlots: 2 };
    expect(parseScenario(withConfig({ ...lows, atomSize: 4096, pageSize: 4096 })).ok).toBe(true);
    const highs = {
      staticSize: 1048576,
      reservedSize: 1048576,
      dynSize: 1048576,
      earlySize: 1048576,
      earlySlots: 65536,
    };
    expect(parseScenario(withConfig({ ...highs, atomSize: 1073741824, pageSize: 65536 })).ok).toBe(true);
    expect(parseScenario({ ...base, title: 'x'.repeat(120), description: 'y'.repeat(2000) }).ok).toBe(true);
  });
});

describe('format and version', () => {
  it('format is required', () => {
    expect(errorsOf({ version: 1, ops: [] })).toEqual(['format: must be "percpu-scenario" (got nothing)']);
  });
  it('format must be percpu-scenario', () => {
    expect(errorsOf({ ...base, format: 'percpu-trace' })).toEqual([
      'format: must be "percpu-scenario" (got the text "percpu-trace")',
    ]);
  });
  it('version is required', () => {
    expect(errorsOf({ format: 'percpu-scenario', ops: [] })).toEqual(['version: must be 1 or 2 (got nothing)']);
  });
  it('version must be 1 or 2 (format version 2 adds the optional lecture)', () => {
    expect(parseScenario({ ...base, version: 2 }).ok).toBe(true);
    expect(errorsOf({ ...base, version: 3 })).toEqual(['version: must be 1 or 2 (got number 3)']);
    expect(errorsOf({ ...base, version: '1' })).toEqual(['version: must be 1 or 2 (got the text "1")']);
  });
  it('the document must be an object', () => {
    expect(errorsOf('hello')).toEqual(['(scenario): expected a scenario object, got the text "hello"']);
    expect(errorsOf(null)).toEqual(['(scenario): expected a scenario object, got null']);
    expect(errorsOf([])).toEqual(['(scenario): expected a scenario object, got an array']);
  });
  it('text that is not JSON says so', () => {
    const result = parseScenarioText('{"format":');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/^\(file\): not valid JSON \(.+\)$/)]);
  });
});

describe('title and description', () => {
  it('title at most 120 characters', () => {
    expect(errorsOf({ ...base, title: 'x'.repeat(121) })).toEqual(['title: must be at most 120 characters (got 121)']);
  });
  it('description at most 2000 characters', () => {
    expect(errorsOf({ ...base, description: 'x'.repeat(2001) })).toEqual([
      'description: must be at most 2000 characters (got 2001)',
    ]);
  });
  it('title must be text', () => {
    expect(errorsOf({ ...base, title: 5 })).toEqual(['title: expected text, got number 5']);
  });
});

describe('unknown fields', () => {
  it('at the top level', () => {
    expect(errorsOf({ ...base, foo: 1 })).toEqual(['foo: unknown field']);
  });
  it('in config', () => {
    expect(errorsOf(withConfig({ foo: 1 }))).toEqual(['config.foo: unknown field']);
  });
  it('in an op', () => {
    expect(errorsOf(withOps({ op: 'slab-online', size: 8 }))).toEqual(['ops[0].size: unknown field']);
  });
  it('__proto__ and constructor keys are rejected, not merged', () => {
    const text = (inner: string) => `{"format":"percpu-scenario","version":1,${inner}}`;
    const parse = (t: string) => parseScenarioText(t);
    expect(parse(text('"ops":[],"__proto__":{"x":1}'))).toEqual({ ok: false, errors: ['__proto__: unknown field'] });
    expect(parse(text('"ops":[],"config":{"__proto__":{"cpus":2}}'))).toEqual({
      ok: false,
      errors: ['config.__proto__: unknown field'],
    });
    expect(parse(text('"ops":[],"config":{"constructor":{"cpus":2}}'))).toEqual({
      ok: false,
      errors: ['config.constructor: unknown field'],
    });
    expect(parse(text('"ops":[{"op":"mark","label":"m","__proto__":{}}]'))).toEqual({
      ok: false,
      errors: ['ops[0].__proto__: unknown field'],
    });
    expect(({} as Record<string, unknown>).cpus).toBeUndefined();
  });
});

describe('config types', () => {
  it('config must be an object', () => {
    expect(errorsOf({ ...base, config: [] })).toEqual(['config: expected a config object, got an array']);
    expect(errorsOf({ ...base, config: null })).toEqual(['config: expected a config object, got null']);
  });
  it('earlyAlloc must be a boolean', () => {
    expect(errorsOf(withConfig({ earlyAlloc: 'yes' }))).toEqual([
      'config.earlyAlloc: expected true or false, got the text "yes"',
    ]);
  });
  it('a number field given as text', () => {
    expect(errorsOf(withConfig({ cpus: '4' }))).toEqual(['config.cpus: expected an integer, got the text "4"']);
  });
  it('a fractional number is not an integer', () => {
    expect(errorsOf(withConfig({ staticSize: 4096.5 }))).toEqual(['config.staticSize: must be an integer']);
  });
  it('cpuToNode must be an array of integers', () => {
    expect(errorsOf(withConfig({ cpuToNode: 'x' }))).toEqual([
      'config.cpuToNode: expected an array of node numbers, got the text "x"',
    ]);
    expect(errorsOf(withConfig({ cpus: 1, cpuToNode: [true] }))).toEqual([
      'config.cpuToNode[0]: expected an integer, got boolean true',
    ]);
  });
});

describe('config ranges', () => {
  const ranges: [string, number, number][] = [
    ['cpus', 1, 4096],
    ['staticSize', 1, 1048576],
    ['reservedSize', 0, 1048576],
    ['dynSize', 0, 1048576],
    ['earlySize', 0, 1048576],
    ['earlySlots', 2, 65536],
  ];
  for (const [field, min, max] of ranges) {
    it(`${field} must be ${min}..${max}`, () => {
      expect(errorsOf(withConfig({ [field]: min - 1 }))).toEqual([
        `config.${field}: must be between ${min} and ${max} (got ${min - 1})`,
      ]);
      expect(errorsOf(withConfig({ [field]: max + 1 }))).toEqual([
        `config.${field}: must be between ${min} and ${max} (got ${max + 1})`,
      ]);
    });
  }

  it('cpuToNode entries must be nodes 0..63', () => {
    expect(errorsOf(withConfig({ cpuToNode: [0, 0, 64, -1] }))).toEqual([
      'config.cpuToNode[2]: must be between 0 and 63 (got 64)',
      'config.cpuToNode[3]: must be between 0 and 63 (got -1)',
    ]);
  });

  it('cpuToNode needs one entry per CPU (cpus defaulted)', () => {
    expect(errorsOf(withConfig({ cpuToNode: [0, 0, 0] }))).toEqual(['config.cpuToNode: expected 4 entries, got 3']);
  });

  it('cpuToNode needs one entry per CPU (cpus given)', () => {
    expect(errorsOf(withConfig({ cpus: 2, cpuToNode: [0, 1, 1] }))).toEqual([
      'config.cpuToNode: expected 2 entries, got 3',
    ]);
  });

  it('pageSize must be one of the four page sizes', () => {
    expect(errorsOf(withConfig({ pageSize: 4000 }))).toEqual([
      'config.pageSize: must be one of 4096, 8192, 16384, 65536 (got 4000)',
    ]);
    expect(errorsOf(withConfig({ pageSize: 32768 }))).toEqual([
      'config.pageSize: must be one of 4096, 8192, 16384, 65536 (got 32768)',
    ]);
  });

  it('atomSize must be a power of two', () => {
    expect(errorsOf(withConfig({ atomSize: 3000000 }))).toEqual(['config.atomSize: 3000000 is not a power of two']);
    expect(errorsOf(withConfig({ atomSize: 0 }))).toEqual(['config.atomSize: 0 is not a power of two']);
  });

  it('atomSize must be at most 1073741824', () => {
    expect(errorsOf(withConfig({ atomSize: 2147483648 }))).toEqual([
      'config.atomSize: must be at most 1073741824 (got 2147483648)',
    ]);
  });

  it('atomSize must be at least pageSize', () => {
    expect(errorsOf(withConfig({ atomSize: 2048 }))).toEqual([
      'config.atomSize: must be at least the page size 4096 (got 2048)',
    ]);
    expect(errorsOf(withConfig({ pageSize: 65536, atomSize: 16384 }))).toEqual([
      'config.atomSize: must be at least the page size 65536 (got 16384)',
    ]);
  });
});

describe('ops', () => {
  it('ops is required and must be an array', () => {
    expect(errorsOf({ format: 'percpu-scenario', version: 1 })).toEqual(['ops: is required']);
    expect(errorsOf({ ...base, ops: {} })).toEqual(['ops: expected an array of ops, got an object']);
  });

  it('at most 100000 ops', { timeout: 60_000 }, () => {
    const ops = Array.from({ length: 100001 }, () => ({ op: 'mark', label: 'm' }));
    expect(errorsOf({ ...base, ops })).toEqual(['ops: at most 100000 ops (got 100001)']);
    expect(parseScenario({ ...base, ops: ops.slice(1) }).ok).toBe(true);
  });

  it('an op must be an object with a known op', () => {
    expect(errorsOf(withOps(null))).toEqual(['ops[0]: expected an op object, got null']);
    expect(errorsOf(withOps({ op: 'allocate' }))).toEqual([
      'ops[0].op: must be one of alloc, free, slab-online, mark (got the text "allocate")',
    ]);
    expect(errorsOf(withOps({ size: 8 }))).toEqual([
      'ops[0].op: must be one of alloc, free, slab-online, mark (got nothing)',
    ]);
  });

  it('alloc needs size and align', () => {
    expect(errorsOf(withOps({ op: 'alloc' }))).toEqual(['ops[0].size: is required', 'ops[0].align: is required']);
  });

  it('alloc size is an integer 0..2147483647', () => {
    expect(errorsOf(withOps(a(-1, 8)))).toEqual(['ops[0].size: must be between 0 and 2147483647 (got -1)']);
    expect(errorsOf(withOps(a(2147483648, 8)))).toEqual([
      'ops[0].size: must be between 0 and 2147483647 (got 2147483648)',
    ]);
    expect(errorsOf(withOps(a(1.5, 8)))).toEqual(['ops[0].size: must be an integer']);
  });

  it('alloc align is a power of two 1..1073741824', () => {
    const ops = Array.from({ length: 12 }, () => a(8, 8));
    expect(errorsOf(withOps(...ops, a(8, 24)))).toEqual(['ops[12].align: 24 is not a power of two']);
    expect(errorsOf(withOps(a(8, 0)))).toEqual(['ops[0].align: 0 is not a power of two']);
    expect(errorsOf(withOps(a(8, 2147483648)))).toEqual(['ops[0].align: must be at most 1073741824 (got 2147483648)']);
  });

  it('alloc reserved is a boolean', () => {
    expect(errorsOf(withOps({ ...a(8, 8), reserved: 1 }))).toEqual([
      'ops[0].reserved: expected true or false, got number 1',
    ]);
  });

  it('labels are at most 120 characters', () => {
    expect(errorsOf(withOps({ ...a(8, 8), label: 'x'.repeat(121) }))).toEqual([
      'ops[0].label: must be at most 120 characters (got 121)',
    ]);
    expect(errorsOf(withOps({ op: 'mark', label: 'x'.repeat(121) }))).toEqual([
      'ops[0].label: must be at most 120 characters (got 121)',
    ]);
  });

  it('a mark needs a label', () => {
    expect(errorsOf(withOps({ op: 'mark' }))).toEqual(['ops[0].label: is required']);
  });

  it('free needs an integer op index', () => {
    expect(errorsOf(withOps({ op: 'free' }))).toEqual(['ops[0].alloc: is required']);
    expect(errorsOf(withOps(a(8, 8), { op: 'free', alloc: '0' }))).toEqual([
      'ops[1].alloc: expected an integer, got the text "0"',
    ]);
    expect(errorsOf(withOps(a(8, 8), { op: 'free', alloc: -1 }))).toEqual([
      'ops[1].alloc: must be between 0 and 99999 (got -1)',
    ]);
  });

  it('free must name an alloc', () => {
    const ops = [
      a(8, 8),
      a(8, 8),
      a(8, 8),
      { op: 'mark', label: 'm' },
      a(8, 8),
      a(8, 8),
      a(8, 8),
      { op: 'free', alloc: 3 },
    ];
    expect(errorsOf(withOps(...ops))).toEqual(['ops[7].alloc: ops[3] is not an alloc']);
  });

  it('free must name an earlier op', () => {
    expect(errorsOf(withOps({ op: 'free', alloc: 1 }, a(8, 8)))).toEqual(['ops[0].alloc: ops[1] is not an earlier op']);
    expect(errorsOf(withOps(a(8, 8), { op: 'free', alloc: 1 }))).toEqual(['ops[1].alloc: ops[1] is not an earlier op']);
    expect(errorsOf(withOps(a(8, 8), { op: 'free', alloc: 50 }))).toEqual([
      'ops[1].alloc: ops[50] is not an earlier op',
    ]);
  });

  it('the same alloc cannot be freed twice', () => {
    expect(errorsOf(withOps(a(8, 8), a(8, 8), { op: 'free', alloc: 1 }, { op: 'free', alloc: 1 }))).toEqual([
      'ops[3].alloc: ops[1] is already freed by ops[2]',
    ]);
  });

  it('freeing an alloc that will fail is still valid (free_percpu(NULL))', () => {
    expect(parseScenario(withOps(a(0, 8), { op: 'free', alloc: 0 })).ok).toBe(true);
  });

  it('slab-online at most once', () => {
    expect(errorsOf(withOps({ op: 'slab-online' }, a(8, 8), { op: 'slab-online' }))).toEqual([
      'ops[2]: slab-online may appear only once (already at ops[0])',
    ]);
  });
});

describe('several problems', () => {
  it('are all reported, field errors and cross-field errors together', () => {
    const errors = errorsOf({
      format: 'percpu-scenario',
      version: 1,
      colour: 'red',
      config: { cpus: 0, pageSize: 4000, cpuToNode: [0] },
      ops: [{ op: 'free', alloc: 2 }, a(8, 3), { op: 'slab-online' }, { op: 'slab-online' }],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'colour: unknown field',
        'config.cpus: must be between 1 and 4096 (got 0)',
        'config.pageSize: must be one of 4096, 8192, 16384, 65536 (got 4000)',
        'ops[1].align: 3 is not a power of two',
        'ops[0].alloc: ops[2] is not an earlier op',
        'ops[3]: slab-online may appear only once (already at ops[2])',
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('every message has the `path: reason` form', () => {
    const errors = errorsOf({ version: 3, config: { foo: 1, atomSize: 12 }, ops: [{ op: 'x' }, 5] });
    expect(errors.length).toBeGreaterThanOrEqual(5);
    for (const e of errors) expect(e).toMatch(/^[\w.[\]()]+: \S/);
  });
});
