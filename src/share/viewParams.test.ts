import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildViewParams, parseViewParams, type ViewParams } from './viewParams';

describe('parseViewParams', () => {
  it('reads every parameter', () => {
    const r = parseViewParams(
      '?step=12&theme=dark&embed=1&controls=0&loop=3..10&speed=0.25&quiz=1&compare=%23v1.N4Ig+x',
    );
    expect(r).toEqual({
      params: {
        step: 12,
        theme: 'dark',
        embed: true,
        controls: false,
        loop: { from: 3, to: 10 },
        speed: 0.25,
        quiz: true,
        compare: '#v1.N4Ig+x',
      },
      problems: [],
    });
  });

  it('accepts a search string without "?", bare flags, and ignores unknown parameters', () => {
    expect(parseViewParams('embed&quiz&utm_source=chat&theme=light')).toEqual({
      params: { embed: true, quiz: true, theme: 'light' },
      problems: [],
    });
    expect(parseViewParams('')).toEqual({ params: {}, problems: [] });
  });

  it('explains bad values and keeps the good ones', () => {
    const r = parseViewParams(
      '?speed=40&theme=blue&step=-1&loop=10..3&embed=yes&controls=2&quiz=true&step=4&speed=fast&loop=x',
    );
    expect(r.params).toEqual({});
    expect(r.problems).toEqual([
      'speed: must be between 0.25 and 16 (got 40)',
      'theme: must be light or dark (got blue)',
      'step: must be a whole number from 0 to 100,000 (got -1)',
      'loop: the start (10) is after the end (3)',
      'embed: must be 1 or 0 (got yes)',
      'controls: must be 1 or 0 (got 2)',
      'quiz: must be 1 or 0 (got true)',
      'step: given more than once; the first value is used',
      'speed: given more than once; the first value is used',
      'loop: given more than once; the first value is used',
    ]);
    expect(parseViewParams('speed=fast&loop=1-5&step=1e3&theme=').problems).toEqual([
      'speed: must be a number from 0.25 to 16 (got fast)',
      'loop: expected two steps like 3..10 (got 1-5)',
      'step: must be a whole number from 0 to 100,000 (got 1e3)',
      'theme: must be light or dark (got nothing)',
    ]);
    expect(parseViewParams('speed=0.2&step=100001&compare=%E0%A4%A').problems).toEqual([
      'speed: must be between 0.25 and 16 (got 0.2)',
      'step: must be a whole number from 0 to 100,000 (got 100001)',
      'compare: not properly %-encoded',
    ]);
  });

  it('never throws and always returns readable problems', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const r = parseViewParams(search);
        for (const p of r.problems) expect(p).toMatch(/^[a-z]+: \S/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what buildViewParams wrote', () => {
    const step = fc.integer({ min: 0, max: 100000 });
    const paramsArb: fc.Arbitrary<ViewParams> = fc.record(
      {
        step,
        theme: fc.constantFrom('light' as const, 'dark' as const),
        embed: fc.boolean(),
        controls: fc.boolean(),
        loop: fc.tuple(step, step).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
        speed: fc.constantFrom(0.25, 0.5, 1, 1.5, 2, 4, 16),
        quiz: fc.boolean(),
        compare: fc.string({ unit: 'binary', maxLength: 100 }),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    fc.assert(
      fc.property(paramsArb, (params) => {
        expect(parseViewParams(buildViewParams(params))).toEqual({ params, problems: [] });
      }),
      { numRuns: 500 },
    );
    expect(buildViewParams({})).toBe('');
    expect(buildViewParams({ theme: 'dark', step: 3, embed: true })).toBe('?step=3&theme=dark&embed=1');
  });
});
