import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/schema';
import { decodeLink, encodeLink } from './linkCodec';
import { NASTY_LABELS, scenarioWithViewArb } from './test-support/scenarioArbitrary';
import { formatsExample, payloadOf } from './test-support/links';

const conformance = import.meta.glob('../../test/conformance/*.scenario.json', { eager: true, import: 'default' });

describe('share link round trip', () => {
  // A generous timeout: property runs slow down many times on a loaded machine.
  it('gives back the exact scenario and view for random valid scenarios', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenarioWithViewArb, ({ scenario, view }) => {
        const hash = encodeLink(scenario, view);
        expect(hash.startsWith('#v1.')).toBe(true);
        expect(decodeLink(hash)).toStrictEqual({ ok: true, scenario, view, length: hash.length, version: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('gives back every conformance scenario', () => {
    const files = Object.entries(conformance);
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const [file, json] of files) {
      const parsed = parseScenario(json);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
      const view = { step: parsed.scenario.ops.length, selection: null };
      expect(decodeLink(encodeLink(parsed.scenario, view)), file).toMatchObject({
        ok: true,
        scenario: parsed.scenario,
        view,
      });
    }
  });

  it('keeps markup and odd text in labels as plain text', () => {
    const scenario = formatsExample();
    scenario.title = NASTY_LABELS[0]!;
    scenario.ops = NASTY_LABELS.map((label, i) =>
      i % 2 ? { op: 'mark', label } : { op: 'alloc', size: 8, align: 8, label },
    );
    const decoded = decodeLink(encodeLink(scenario, { step: 0, selection: null }));
    expect(decoded).toMatchObject({ ok: true, scenario });
  });

  it('packs the formats.md example as documented in payload.ts', () => {
    // Derived by hand: the example config equals the defaults except cpuToNode; labels are listed in
    // first-use order; the free at ops[2] names ops[0], two ops back.
    const hash = encodeLink(formatsExample(), { step: 5, selection: 1, panels: ['map', 'dmesg'] });
    expect(JSON.parse(LZString.decompressFromEncodedURIComponent(payloadOf(hash)))).toStrictEqual({
      t: 'Two nodes, one module',
      d: 'A reserved (module) allocation and a dynamic one, then slab comes up',
      c: { cpuToNode: [0, 0, 1, 1] },
      l: ['kmem_cache_cpu kmalloc-8', 'module static area'],
      o: [[32, 8, 0], [4096, 4096, 1, true], 2, 'kmem_cache_init', null],
      s: 5,
      x: 1,
      p: ['map', 'dmesg'],
    });
  });

  it('omits a default view and an all-default config entirely', () => {
    const scenario = formatsExample();
    scenario.config.cpuToNode = [0, 0, 0, 0];
    delete scenario.title;
    delete scenario.description;
    scenario.ops = [];
    const hash = encodeLink(scenario, { step: 0, selection: null });
    expect(JSON.parse(LZString.decompressFromEncodedURIComponent(payloadOf(hash)))).toStrictEqual({ o: [] });
  });

  it('reads the link from a pasted URL, without its #, and after chat-tool mangling', () => {
    const scenario = formatsExample();
    const view = { step: 2, selection: 0 };
    // Find a title whose link holds a '+', so the mangled forms below really differ.
    let hash = '';
    for (let k = 0; k < 1000 && !hash.includes('+'); k++) {
      scenario.title = `Two nodes, take ${k}`;
      hash = encodeLink(scenario, view);
    }
    expect(hash).toContain('+');
    const expected = { ok: true, scenario, view };
    expect(decodeLink(`https://example.org/percpu/?theme=dark${hash}`)).toMatchObject(expected);
    expect(decodeLink(hash.slice(1))).toMatchObject(expected);
    expect(decodeLink(`  ${hash}\n`)).toMatchObject(expected);
    expect(decodeLink(hash.replaceAll('+', ' '))).toMatchObject(expected);
    expect(decodeLink(hash.replaceAll('+', '%2B'))).toMatchObject(expected);
  });
});
