import { describe, expect, it } from 'vitest';
import { checkCode, fnv1a32, matchesCheckCode, readCheckCode } from './checksum';
import { encodeLink } from './linkCodec';
import { formatsExample, payloadOf } from './test-support/links';

describe('link check code', () => {
  it('FNV-1a 32 matches the published test vectors', () => {
    // From the FNV reference test suite (Fowler, Noll, Vo): "", "a", "foobar".
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('is six base-36 hash characters then the payload length in base 36', () => {
    // 0xbf9cf968 = 3214735720; mod 36^6 (2176782336) = 1037953384 = "h5yxyg" in base 36; length 6 = "6".
    const code = checkCode('foobar');
    expect(code).toBe('h5yxyg6');
    expect(readCheckCode(code)).toEqual({ hash: code.slice(0, 6), length: 6 });
    expect(matchesCheckCode('foobar', readCheckCode(code)!)).toBe(true);
    expect(matchesCheckCode('foobaz', readCheckCode(code)!)).toBe(false);
  });

  it('sits between the version and the payload of every link', () => {
    const hash = encodeLink(formatsExample(), { step: 1, selection: null });
    const m = /^#v1\.([0-9a-z]{6})([0-9a-z]{1,4})\.([A-Za-z0-9+\-$]+)$/.exec(hash);
    expect(m).not.toBeNull();
    expect(parseInt(m![2]!, 36)).toBe(payloadOf(hash).length);
  });

  it('reads only well-formed codes', () => {
    for (const bad of ['', 'abc', 'ABCDEFG', 'abcdef', 'abcdef12345', 'abc-def7'])
      expect(readCheckCode(bad)).toBeNull();
    expect(readCheckCode('000000z')).toEqual({ hash: '000000', length: 35 });
  });
});
