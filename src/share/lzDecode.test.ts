import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeLzUri } from './lzDecode';
import { lzBomb, lzBombLength } from './test-support/lzBomb';

const BIG = 1 << 24;

describe('decodeLzUri', () => {
  it('reads back whatever lz-string packed, including surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 2000 })), (text) => {
        expect(decodeLzUri(LZString.compressToEncodedURIComponent(text), BIG)).toEqual({ ok: true, text });
      }),
      { numRuns: 300 },
    );
  });

  it('reads back long repetitive text (the dictionary grows past many code widths)', () => {
    const text = 'kmem_cache_cpu kmalloc-64 '.repeat(5000) + '\u{1F9EE}'.repeat(300);
    expect(decodeLzUri(LZString.compressToEncodedURIComponent(text), BIG)).toEqual({ ok: true, text });
  });

  it('never disagrees with lz-string when it accepts random link text', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 }), (input) => {
        const mine = decodeLzUri(input, BIG);
        if (mine.ok) expect(LZString.decompressFromEncodedURIComponent(input)).toBe(mine.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('calls every strict prefix of a packed text truncated', () => {
    const packed = LZString.compressToEncodedURIComponent(JSON.stringify({ o: [[8, 8], 1, 'mark', null] }));
    for (let cut = 0; cut < packed.length; cut++) {
      expect(decodeLzUri(packed.slice(0, cut), BIG)).toMatchObject({ ok: false, reason: 'truncated' });
    }
  });

  it('rejects characters outside the link alphabet, naming the position', () => {
    const r = decodeLzUri('NoIg!', BIG);
    expect(r).toEqual({ ok: false, reason: 'damaged', detail: 'character 5 ("!") never appears in a link' });
  });

  it('rejects a code that names a dictionary entry not yet defined', () => {
    // First code 0 (2 bits) + literal 'a' (8 bits), then the 3-bit code 7 while the dictionary has 4 entries.
    // Stream bits: 00 | 'a'=97 LSB-first 10000110 | 7 LSB-first 111, then zero padding.
    // In 6-bit characters: 001000 = 8 'I', 011011 = 27 'b', 100000 = 32 'g'.
    expect(decodeLzUri('Ibg', BIG)).toEqual({ ok: false, reason: 'damaged', detail: 'unknown code 7' });
  });

  it('matches lz-string on the hand-built quadratic stream, then stops it at the cap', () => {
    const small = lzBomb(50);
    const expected = 'a'.repeat(lzBombLength(50));
    expect(LZString.decompressFromEncodedURIComponent(small)).toBe(expected);
    expect(decodeLzUri(small, BIG)).toEqual({ ok: true, text: expected });
    expect(decodeLzUri(small, 1000)).toMatchObject({ ok: false, reason: 'too-long' });
  });
});
