import { describe, expect, it } from 'vitest';
import { X86_64_4CPU } from '../scenario/presets/slubBootstrap';
import { buildViewParams, parseViewParams } from '../share/viewParams';
import {
  compareLinkParam,
  compareSpecFromParam,
  formatCompareSpec,
  parseCompareSpec,
  resolveCompare,
  type CompareSpec,
} from './compareSpec';

const errorsOf = (text: unknown) => {
  const parsed = parseCompareSpec(text);
  if (parsed.ok) throw new Error(`expected ${String(text)} to be refused`);
  return parsed.errors;
};

describe('parseCompareSpec / formatCompareSpec', () => {
  it('reads the flip and the override forms, and writes them back the same way', () => {
    expect(parseCompareSpec('earlyAlloc')).toEqual({ ok: true, spec: { kind: 'flipEarlyAlloc' } });
    const both = parseCompareSpec('earlySlots=32,earlySize=8192');
    expect(both).toEqual({ ok: true, spec: { kind: 'overrides', overrides: { earlySlots: 32, earlySize: 8192 } } });
    for (const text of ['earlyAlloc', 'earlySlots=32,earlySize=8192', 'earlySlots=16', 'earlySize=0']) {
      const parsed = parseCompareSpec(text);
      expect(parsed.ok && formatCompareSpec(parsed.spec)).toBe(text);
    }
  });

  it('tolerates spaces and a stray comma, and writes fields in a fixed order', () => {
    const parsed = parseCompareSpec('  earlySize = 4096 , earlySlots=64 , ');
    expect(parsed).toEqual({ ok: true, spec: { kind: 'overrides', overrides: { earlySlots: 64, earlySize: 4096 } } });
    expect(parsed.ok && formatCompareSpec(parsed.spec)).toBe('earlySlots=64,earlySize=4096');
  });

  it('refuses values outside formats.md §1 ranges with the schema message naming the field', () => {
    // earlySlots accepts 2..65536, earlySize 0..1048576 (formats.md §1).
    expect(errorsOf('earlySlots=1')).toEqual(['earlySlots: must be between 2 and 65536 (got 1)']);
    expect(errorsOf('earlySize=1048577')).toEqual(['earlySize: must be between 0 and 1048576 (got 1048577)']);
    expect(errorsOf('earlySlots=70000,earlySize=2000000')).toEqual([
      'earlySize: must be between 0 and 1048576 (got 2000000)',
      'earlySlots: must be between 2 and 65536 (got 70000)',
    ]);
  });

  it('names the field of every malformed part', () => {
    expect(errorsOf('earlySlots=abc')).toEqual(['earlySlots: "abc" is not a whole number']);
    expect(errorsOf('earlySlots=-3')).toEqual(['earlySlots: "-3" is not a whole number']);
    expect(errorsOf('earlySlots=2.5')).toEqual(['earlySlots: "2.5" is not a whole number']);
    expect(errorsOf('earlySlots=')).toEqual(['earlySlots: no value after "="']);
    expect(errorsOf('earlySlots')).toEqual(['earlySlots: expected earlySlots=<whole number>']);
    expect(errorsOf('earlySlots=3,earlySlots=4')).toEqual(['earlySlots: given more than once']);
    expect(errorsOf('pageSize=8192')).toEqual([
      'pageSize: cannot be changed in a comparison (only earlySlots and earlySize)',
    ]);
    expect(errorsOf('foo=1')).toEqual(['"foo": unknown field (expected earlySlots or earlySize)']);
    expect(errorsOf('earlyAlloc,earlySlots=3')[0]).toMatch(/^earlyAlloc: .*use it alone$/);
    expect(errorsOf('<img src=x onerror=alert(1)>=1')[0]).toMatch(/^"<img src": unknown field/);
  });

  it('refuses empty, overlong and non-text input without throwing', () => {
    expect(errorsOf('')[0]).toMatch(/^compare: empty; expected earlyAlloc/);
    expect(errorsOf(' , ,')[0]).toMatch(/^compare: no fields/);
    expect(errorsOf('x'.repeat(201))).toEqual(['compare: too long (201 characters; at most 200)']);
    expect(errorsOf(42)[0]).toMatch(/^compare: expected earlyAlloc/);
    expect(errorsOf(null)[0]).toMatch(/^compare: expected earlyAlloc/);
  });
});

describe('resolveCompare', () => {
  it('flips earlyAlloc and keeps everything else', () => {
    const resolved = resolveCompare({ kind: 'flipEarlyAlloc' }, X86_64_4CPU);
    expect(resolved).toEqual({ ok: true, config: { ...X86_64_4CPU, earlyAlloc: false } });
    const back = resolveCompare({ kind: 'flipEarlyAlloc' }, { ...X86_64_4CPU, earlyAlloc: false });
    expect(back).toEqual({ ok: true, config: X86_64_4CPU });
  });

  it('applies overrides to the right side only', () => {
    const spec: CompareSpec = { kind: 'overrides', overrides: { earlySlots: 32 } };
    expect(resolveCompare(spec, X86_64_4CPU)).toEqual({ ok: true, config: { ...X86_64_4CPU, earlySlots: 32 } });
    expect(X86_64_4CPU.earlySlots).toBe(128);
  });

  it('checks the overridden config with the scenario schema, naming the field', () => {
    // A spec built in code (not parsed) with an out-of-range value still gets the schema's message.
    const spec: CompareSpec = { kind: 'overrides', overrides: { earlySlots: 1 } };
    expect(resolveCompare(spec, X86_64_4CPU)).toEqual({
      ok: false,
      errors: ['earlySlots: must be between 2 and 65536 (got 1)'],
    });
  });
});

describe('compare= in links', () => {
  const fromSearch = (search: string) => compareSpecFromParam(parseViewParams(search).params.compare);

  it('reads the spec from a query string, %-encoded or not', () => {
    const sixteen = { kind: 'overrides', overrides: { earlySlots: 16 } };
    expect(fromSearch('?step=3&compare=earlySlots%3D16')).toEqual({ spec: sixteen, problems: [] });
    expect(fromSearch('?compare=earlySlots=16')).toEqual({ spec: sixteen, problems: [] });
    expect(fromSearch('compare=earlyAlloc')).toEqual({ spec: { kind: 'flipEarlyAlloc' }, problems: [] });
  });

  it('reports a bad spec by field and ignores links without one; never throws', () => {
    expect(fromSearch('?step=4')).toEqual({ spec: null, problems: [] });
    expect(fromSearch('')).toEqual({ spec: null, problems: [] });
    expect(fromSearch('?compare=earlySlots%3D1')).toEqual({
      spec: null,
      problems: ['earlySlots: must be between 2 and 65536 (got 1)'],
    });
    expect(compareSpecFromParam(undefined)).toEqual({ spec: null, problems: [] });
  });

  it('compareLinkParam survives the share module’s query builder and reader', () => {
    const specs: CompareSpec[] = [
      { kind: 'flipEarlyAlloc' },
      { kind: 'overrides', overrides: { earlySlots: 32, earlySize: 8192 } },
    ];
    for (const spec of specs) {
      const search = buildViewParams({ step: 5, compare: compareLinkParam(spec) });
      expect(parseViewParams(search).params.compare).toBe(compareLinkParam(spec));
      expect(fromSearch(search)).toEqual({ spec, problems: [] });
    }
  });
});
