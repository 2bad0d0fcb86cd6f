import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Op, Scenario } from '../engine/types';
import { withLecture } from '../scenario/lectureSchema';
import { PRESETS } from '../scenario/presets';
import { decodeLink, encodeLink, MAX_LINK_LENGTH } from './linkCodec';
import { createLinkEncoder, ScenarioPacking } from './linkEncoder';
import { LzUriPacker } from './lzResumable';
import { toPayload } from './payload';
import { NASTY_LABELS, scenarioWithViewArb } from './test-support/scenarioArbitrary';
import { formatsExample } from './test-support/links';
import { realisticScenario } from './test-support/realisticScenario';

describe('resumable lz packing', () => {
  it('packs text fed in any pieces exactly as lz-string packs it whole, and finishes more than once', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '{', '"', 'é', '€', '😀', '_', 'p', 'r', 'o', 't') });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), text, text, (pieces, tailA, tailB) => {
        const packer = new LzUriPacker();
        for (const piece of pieces) packer.push(piece);
        const whole = pieces.join('');
        expect(packer.finish(tailA)).toBe(LZString.compressToEncodedURIComponent(whole + tailA));
        expect(packer.finish(tailB)).toBe(LZString.compressToEncodedURIComponent(whole + tailB));
        expect(packer.finish('')).toBe(LZString.compressToEncodedURIComponent(whole));
      }),
      { numRuns: 500 },
    );
  });

  it('copies lz-string where a phrase spells __proto__ (its dictionary can never hold that key)', () => {
    const text = '{"l":["__proto__","__proto__x"],"o":["__proto__"]}';
    const packer = new LzUriPacker();
    packer.push(text);
    expect(packer.finish('__proto__')).toBe(LZString.compressToEncodedURIComponent(text + '__proto__'));
  });
});

const lectured = withLecture(formatsExample(), {
  title: 'Tour',
  stops: [{ step: 1, text: 'The first **alloc**.' }],
});

describe('share links packed once per scenario', () => {
  it('gives the same link as encodeLink for every view of the same scenario', () => {
    const scenarios: Scenario[] = [
      formatsExample(),
      lectured,
      realisticScenario(300, 4),
      ...PRESETS.map((p) => p.scenario),
      { ...formatsExample(), ops: NASTY_LABELS.map((label): Op => ({ op: 'alloc', size: 8, align: 8, label })) },
      { ...formatsExample(), title: undefined, ops: [] },
    ];
    for (const scenario of scenarios) {
      const packing = new ScenarioPacking(scenario);
      const last = scenario.ops.length;
      const views = [
        { step: 0, selection: null },
        { step: last, selection: null, panels: ['chunks', 'log'] },
        { step: Math.min(1, last), selection: null, panels: [] },
        { step: 0, selection: null },
      ];
      for (const view of views) {
        expect(packing.link(view), scenario.title).toEqual({ kind: 'link', hash: encodeLink(scenario, view) });
      }
    }
  });

  it('matches encodeLink for random scenarios and views', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenarioWithViewArb, ({ scenario, view }) => {
        expect(new ScenarioPacking(scenario).link(view)).toEqual({ kind: 'link', hash: encodeLink(scenario, view) });
      }),
      { numRuns: 200 },
    );
  });

  it('puts the view last in the payload, after the lecture', () => {
    const payload = JSON.stringify(toPayload(lectured, { step: 2, selection: 0 }));
    expect(Object.keys(JSON.parse(payload))).toEqual(['t', 'd', 'c', 'l', 'o', 'k', 's', 'x']);
  });

  it('packs in slices when asked to stop, and the sliced result is the same link', () => {
    const scenario = realisticScenario(5000, 7);
    const packing = new ScenarioPacking(scenario);
    let slices = 0;
    while (!packing.work(() => false)) slices++;
    expect(slices).toBeGreaterThan(10);
    const view = { step: 4000, selection: null };
    expect(packing.link(view)).toEqual({ kind: 'link', hash: encodeLink(scenario, view) });
  });

  it('says a scenario is too long for a link, without packing all of it', () => {
    const ops: Op[] = Array.from({ length: 100_000 }, (_, i) => ({
      op: 'alloc',
      size: 8 + (i % 97) * 8,
      align: 8,
      label: `l${i}`,
    }));
    const scenario: Scenario = { ...formatsExample(), ops };
    const packing = new ScenarioPacking(scenario);
    expect(packing.link({ step: 5, selection: null })).toEqual({ kind: 'too-long' });
    const small = new ScenarioPacking(formatsExample(), 40);
    expect(small.link({ step: 0, selection: null })).toEqual({ kind: 'too-long' });
    expect(encodeLink(formatsExample(), { step: 0, selection: null }).length).toBeGreaterThan(40);
  });

  it('the encoder keeps one scenario packed until another is asked for', () => {
    const encoder = createLinkEncoder();
    const a = formatsExample();
    const first = encoder.packingOf(a);
    // Compared by identity (a deep comparison would run the packing's generator).
    expect(encoder.packingOf(a) === first).toBe(true);
    encoder.packingOf(lectured);
    expect(encoder.packingOf(a) === first).toBe(false);
    expect(encoder.linkNow(a, { step: 1, selection: null })).toEqual({
      kind: 'link',
      hash: encodeLink(a, { step: 1, selection: null }),
    });
    expect(MAX_LINK_LENGTH).toBe(65536);
  });
});

/**
 * Links as earlier versions of the app wrote them (copied from their output): the view's fields
 * sat before the lecture, and v0 drafts held the scenario object as it is.
 */
describe('links written before the view moved last still open', () => {
  it('a v1 link with step, selection and panels', () => {
    const decoded = decodeLink(
      '#v1.ddwbhz3z.N4IgLiBcIPIDYBMAEcCWA7A1iANCAxlKPgA4CuAzlAEwC+ecUA2iAGaoBOFEeFApvgD26BCAC6eQcyYA2ACw4AHDgAMEpgEZqy+Tg0TqOdGThwJIKpADMeAB5QNeEswIALMlioNBAc3G0gA',
    );
    expect(decoded).toMatchObject({
      ok: true,
      version: 1,
      scenario: { title: 'Old link', config: { cpus: 2 } },
      view: { step: 3, selection: 1, panels: ['chunks', 'log'] },
    });
    expect(decoded.ok && decoded.scenario.ops).toEqual([
      { op: 'alloc', size: 64, align: 8, label: 'first' },
      { op: 'alloc', size: 128, align: 64, label: 'second' },
      { op: 'free', alloc: 0 },
      { op: 'slab-online' },
    ]);
  });

  it('a v2 link whose step came before its lecture', () => {
    const decoded = decodeLink(
      '#v2.eua5lg5e.N4IgLiBcIPIDYBMAEcCWA7A1iANCAxlKPgA4CuAzlAEwC+ecUA2iAGaoBOFEeFApvgD26BCAC6eQcyYA2ACw4AHDgAMEpgEZqy+Tg0TqOdGThwJIKpEMgAHlBV5skUGFRg4fKCAAqgsh1wLMEESSyZQbj4SKA08MD4bCGgAMU5uJAAqAENTQXwMgDoQWjFaWiA',
    );
    expect(decoded).toMatchObject({
      ok: true,
      version: 2,
      scenario: { title: 'Old link', lecture: { title: 'Tour', stops: [{ step: 1, text: 'First *alloc*.' }] } },
      view: { step: 2, selection: 0 },
    });
  });

  it('a v0 draft link', () => {
    const decoded = decodeLink(
      '#v0.N4IgzgxgpgdghgJwJYHsQC5QDMUILZwAuGIADlAhKQK4C0ksiqIANCAG4ViowYCMbQkkIAbKCQAiCOFmJsIKGFiQBzDKCrUwGAEwBfNilLb0AbVBGScESJQRW4JAC9x6AMw6211b3QAWNhE4ACMoERIADxADC1ISLAQocS8bOwwABj0AXQNwQig49D49IA',
    );
    expect(decoded).toMatchObject({
      ok: true,
      version: 0,
      scenario: {
        title: 'Draft',
        ops: [
          { op: 'alloc', size: 32, align: 4, label: 'x' },
          { op: 'free', alloc: 0 },
        ],
      },
      view: { step: 1, selection: null },
    });
  });
});
