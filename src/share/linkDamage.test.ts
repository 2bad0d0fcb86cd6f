import { describe, expect, it } from 'vitest';
import { checkCode } from './checksum';
import { DAMAGED_MESSAGE, decodeLink, encodeLink, TRUNCATED_MESSAGE } from './linkCodec';
import { formatsExample, linkOf, payloadOf } from './test-support/links';
import { lzBomb } from './test-support/lzBomb';
import { realisticScenario } from './test-support/realisticScenario';

const failure = (hash: string) => {
  const r = decodeLink(hash);
  if (r.ok) throw new Error(`expected ${hash.slice(0, 40)} to fail`);
  expect(r.length).toBe(hash.length);
  expect(r.message.length).toBeGreaterThan(0);
  return r;
};

describe('decodeLink refuses damaged links with a clear reason', () => {
  it('empty', () => {
    for (const hash of ['', '#', '   ', 'https://example.org/percpu/#']) {
      expect(failure(hash)).toMatchObject({ kind: 'empty', message: 'the link is empty — there is no scenario in it' });
    }
  });

  it('not ours', () => {
    for (const hash of ['#/settings', '#section-2', 'https://example.org/#about', '#v.abc', '#vx1.abc', '#V1.abc']) {
      const r = failure(hash);
      expect(r.kind).toBe('foreign');
      expect(r.message).toContain('not a Percpu Explorer share link');
    }
  });

  it('truncated: every cut of a real link, and JSON that ends early', () => {
    const hash = encodeLink(realisticScenario(60), { step: 10, selection: null });
    for (let cut = 1; cut < hash.length; cut++) {
      const r = failure(hash.slice(0, cut));
      if (cut === 1)
        expect(r.kind).toBe('empty'); // "#"
      else if (cut === 2)
        expect(r.kind).toBe('foreign'); // "#v" names no version
      else expect(r, `cut at ${cut}`).toMatchObject({ kind: 'truncated', message: TRUNCATED_MESSAGE });
    }
    expect(failure(linkOf('{"o":[[8,8],1,'))).toMatchObject({ kind: 'truncated', message: TRUNCATED_MESSAGE });
    expect(TRUNCATED_MESSAGE).toBe('the link is truncated — did you copy all of it?');
  });

  it('oversized: refused on length alone, naming the size', () => {
    // The body also holds a character no link has; the size check wins, so nothing was unpacked.
    const hash = '#v1.' + 'A'.repeat(70000) + '!';
    const r = failure(hash);
    expect(r.kind).toBe('oversized');
    expect(r.message).toContain('70,005 characters');
    expect(r.message).toContain('64 KB');
    expect(failure('#v1.' + 'A'.repeat(65536 - 4)).kind).not.toBe('oversized');
  });

  it('oversized: a small link that would unpack to hundreds of megabytes stops at the cap', () => {
    // 20,000 self-referencing codes unpack to about 200 million characters. Anyone can compute the
    // check code, so the bomb carries a correct one.
    const bomb = lzBomb(20000);
    const hash = `#v1.${checkCode(bomb)}.${bomb}`;
    expect(hash.length).toBeLessThan(65536);
    const r = failure(hash);
    expect(r.kind).toBe('oversized');
    expect(r.message).toContain('unpacks to more than 8,388,608 characters');
  }, 30_000);

  it('newer version', () => {
    expect(failure('#v3.N4Ig').message).toContain('made by a newer version (v3)');
    expect(failure('#v3.anything').kind).toBe('newer');
    expect(failure('#v98765432109876543210.x').message).toContain('newer version (v987654321098…)');
  });

  it('damaged: a stray character, a broken escape, a missing or malformed check code', () => {
    const hash = encodeLink(formatsExample(), { step: 0, selection: null });
    const at = hash.length - 5;
    const stray = failure(hash.slice(0, at) + '!' + hash.slice(at + 1));
    expect(stray).toMatchObject({ kind: 'damaged', message: DAMAGED_MESSAGE });
    expect(stray.problems).toEqual(['(link): it contains "!", which no link has']);
    expect(DAMAGED_MESSAGE).toBe('the link is damaged — a character was changed or lost');

    expect(failure('#v1.abcdef7.N4%E0%A4%A')).toMatchObject({ kind: 'damaged' });
    // A link from before check codes (the payload right after the version) is not trusted.
    expect(failure(`#v1.${payloadOf(hash)}`)).toMatchObject({
      kind: 'damaged',
      problems: ['(link): the check code after the version is missing'],
    });
    expect(failure(`#v1.ABCDEFG.${payloadOf(hash)}`).problems[0]).toMatch(/is not a check code/);
  });

  it('damaged: text behind a correct check code that is not a packed scenario', () => {
    // Someone computed the check code by hand; the payload's own faults are still named.
    const crafted = 'N4Ig!xyz';
    const r = failure(`#v1.${checkCode(crafted)}.${crafted}`);
    expect(r.kind).toBe('damaged');
    expect(r.message).toContain('character 5 ("!")');
    expect(failure(linkOf('hello world'))).toMatchObject({ kind: 'damaged' });
    expect(failure(linkOf('{"o": [] } trailing'))).toMatchObject({ kind: 'damaged' });
  });

  it('damaged: every single changed character of a real link, check code included', () => {
    // Without the check code about a third of these decoded to a different, valid-looking scenario.
    const hash = encodeLink(realisticScenario(40), { step: 7, selection: null });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    for (let i = '#v1.'.length; i < hash.length; i++) {
      if (hash[i] === '.') continue;
      for (const shift of [1, 17, 40]) {
        const replaced = alphabet[(alphabet.indexOf(hash[i]!) + shift) % alphabet.length]!;
        const r = failure(hash.slice(0, i) + replaced + hash.slice(i + 1));
        expect(r, `character ${i} changed to ${replaced}`).toMatchObject({ kind: 'damaged', message: DAMAGED_MESSAGE });
      }
    }
  });

  it('damaged or truncated, never another scenario: a lost or an added character', () => {
    const hash = encodeLink(realisticScenario(40, 2), { step: 3, selection: null });
    for (let i = '#v1.'.length; i < hash.length; i++) {
      const lost = failure(hash.slice(0, i) + hash.slice(i + 1));
      expect(['damaged', 'truncated'], `character ${i} lost`).toContain(lost.kind);
      const added = failure(hash.slice(0, i) + 'Q' + hash.slice(i));
      expect(added.kind, `Q added at ${i}`).toBe('damaged');
    }
  });

  it('punctuation after a link, as in a sentence, is not part of it', () => {
    const scenario = formatsExample();
    const hash = encodeLink(scenario, { step: 2, selection: null });
    for (const tail of ['.', ').', '!', '…']) expect(decodeLink(hash + tail)).toMatchObject({ ok: true, scenario });
  });

  it('invalid content reports schema paths in scenario terms', () => {
    const fourth = failure(linkOf('{"o":[[8,8],[8,8],[8,8],[2.5,8]]}'));
    expect(fourth.kind).toBe('invalid');
    expect(fourth.problems).toEqual(['ops[3].size: must be an integer']);
    expect(fourth.message).toBe("the link's scenario is not valid: ops[3].size: must be an integer");

    // formats.md §1's own example message.
    const ops = [...Array.from({ length: 12 }, () => [8, 8]), [8, 24]];
    expect(failure(linkOf(JSON.stringify({ o: ops }))).problems).toEqual(['ops[12].align: 24 is not a power of two']);

    expect(failure(linkOf('{"o":["boot",1]}')).problems).toEqual(['ops[1].alloc: ops[0] is not an alloc']);
    expect(failure(linkOf('{"o":[[8,8]],"c":{"cpus":0}}')).problems).toContain(
      'config.cpus: must be between 1 and 4096 (got 0)',
    );
    expect(failure(linkOf('{"o":[[8,8,3]],"l":["a"]}')).problems).toEqual([
      'ops[0].label: refers to label 3, but the link has 1 label',
    ]);
    expect(failure(linkOf('{"o":[{"op":"alloc"}]}')).problems[0]).toMatch(/^ops\[0\]: not an op of a share link/);
    expect(failure(linkOf('{"o":[],"zz":1}')).problems).toEqual(['(link).zz: unknown field']);
    expect(failure(linkOf('[1,2]')).problems[0]).toMatch(/^\(link\): expected an object/);
  });

  it('invalid view: step, selection and panels must fit the scenario', () => {
    const base = '"o":[[8,8],"mark"]';
    expect(failure(linkOf(`{${base},"s":3}`)).problems).toEqual(['step: must be between 0 and 2 (got 3)']);
    expect(failure(linkOf(`{${base},"s":1.5}`)).problems).toEqual(['step: must be an integer']);
    expect(failure(linkOf(`{${base},"x":1}`)).problems).toEqual(['selection: ops[1] is not an alloc']);
    expect(failure(linkOf(`{${base},"x":7}`)).problems).toEqual([
      'selection: there is no ops[7] (the scenario has 2 ops)',
    ]);
    expect(failure(linkOf(`{${base},"p":"map"}`)).problems).toEqual([
      'panels: expected an array of panel ids, got the text "map"',
    ]);
    expect(failure(linkOf(`{${base},"p":["map",""]}`)).problems[0]).toMatch(/^panels\[1\]: expected a panel id/);
  });

  it('huge numbers and deep nesting', () => {
    // 1e999 parses to Infinity.
    expect(failure(linkOf('{"o":[[1e999,8]]}')).problems).toEqual([
      'ops[0].size: expected an integer, got number Infinity',
    ]);
    expect(failure(linkOf('{"o":[[8,8]],"s":-1e999}')).problems).toEqual(['step: must be an integer']);
    expect(failure(linkOf('{"o":[[8,8]],"s":1e308}')).problems).toEqual(['step: must be between 0 and 1 (got 1e+308)']);
    expect(failure(linkOf('{"o":[[8,8],-1e300]}')).problems[0]).toMatch(
      /^ops\[1\]\.alloc: must be between 0 and 99999/,
    );
    const deep = failure(linkOf('['.repeat(100000) + ']'.repeat(100000)));
    expect(deep.kind).toBe('invalid');
    expect(deep.message).toContain('nested more than 16 levels deep');
    const deepInside = failure(linkOf(`{"o":[[8,8,${'{"a":'.repeat(50000)}1${'}'.repeat(50000)}]]}`));
    expect(deepInside.kind).toBe('invalid');
  }, 30_000);

  it('__proto__ keys are reported as unknown fields and pollute nothing', () => {
    const top = failure(linkOf('{"o":[],"__proto__":{"polluted":1}}'));
    expect(top.problems).toEqual(['(link).__proto__: unknown field']);
    const inConfig = failure(linkOf('{"o":[],"c":{"__proto__":{"cpus":1}}}'));
    expect(inConfig.problems).toEqual(['config.__proto__: unknown field']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).cpus).toBeUndefined();
  });

  it('length is carried on success too', () => {
    const hash = encodeLink(formatsExample(), { step: 0, selection: null });
    expect(decodeLink(hash)).toMatchObject({ ok: true, length: hash.length });
  });
});
