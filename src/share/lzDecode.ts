/**
 * A bounded decoder for lz-string's `compressToEncodedURIComponent` output.
 *
 * lz-string's own decoder cannot be stopped early: a crafted 64 KB link can unpack to hundreds of
 * megabytes, and it reports truncation and corruption the same way (an empty string or null). This
 * one reads the same bit stream but stops at `maxChars` and says why it failed.
 *
 * Stream format: codes of a growing bit width, least significant bit first, each URI character
 * carrying 6 bits (most significant first). Code 0 and 1 introduce an 8- or 16-bit literal character,
 * code 2 ends the stream, higher codes name dictionary entries (LZW with the usual "entry not yet
 * defined" case).
 */

const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const BITS_PER_CHAR = 6;
const LITERAL_8 = 0;
const LITERAL_16 = 1;
const END_OF_STREAM = 2;

export type LzDecodeResult =
  { ok: true; text: string } | { ok: false; reason: 'truncated' | 'damaged' | 'too-long'; detail: string };

const VALUE_OF_CHAR = new Map<string, number>([...URI_ALPHABET].map((ch, i) => [ch, i]));

/** Reads the stream bit by bit; -1 means the input ran out. */
function bitReader(values: Uint8Array) {
  let charIndex = 0;
  let mask = 0;
  let current = 0;
  return (width: number): number => {
    let value = 0;
    for (let k = 0; k < width; k++) {
      if (mask === 0) {
        if (charIndex >= values.length) return -1;
        current = values[charIndex++]!;
        mask = 1 << (BITS_PER_CHAR - 1);
      }
      if (current & mask) value += 2 ** k;
      mask >>= 1;
    }
    return value;
  };
}

export function decodeLzUri(input: string, maxChars: number): LzDecodeResult {
  const values = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = VALUE_OF_CHAR.get(input[i]!);
    if (v === undefined) {
      return {
        ok: false,
        reason: 'damaged',
        detail: `character ${i + 1} (${JSON.stringify(input[i])}) never appears in a link`,
      };
    }
    values[i] = v;
  }
  const read = bitReader(values);
  const truncated: LzDecodeResult = { ok: false, reason: 'truncated', detail: 'the data stops before its end mark' };
  const badCode = (code: number): LzDecodeResult => ({ ok: false, reason: 'damaged', detail: `unknown code ${code}` });

  const firstCode = read(2);
  if (firstCode < 0) return truncated;
  if (firstCode === END_OF_STREAM) return { ok: true, text: '' };
  if (firstCode !== LITERAL_8 && firstCode !== LITERAL_16) return badCode(firstCode);
  const firstChar = read(firstCode === LITERAL_8 ? 8 : 16);
  if (firstChar < 0) return truncated;

  // Slots 0..2 stand for the control codes; real entries start at 3.
  const dictionary: string[] = ['', '', '', String.fromCharCode(firstChar)];
  let previous = dictionary[3]!;
  const out: string[] = [previous];
  let total = previous.length;
  let width = 3;
  let untilWider = 4;
  const added = () => {
    if (--untilWider === 0) {
      untilWider = 2 ** width;
      width++;
    }
  };

  for (;;) {
    let code = read(width);
    if (code < 0) return truncated;
    if (code === END_OF_STREAM) return { ok: true, text: out.join('') };
    if (code === LITERAL_8 || code === LITERAL_16) {
      const ch = read(code === LITERAL_8 ? 8 : 16);
      if (ch < 0) return truncated;
      code = dictionary.length;
      dictionary.push(String.fromCharCode(ch));
      added();
    }
    let entry: string;
    if (code < dictionary.length) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = previous + previous.charAt(0);
    else return badCode(code);
    total += entry.length;
    if (total > maxChars)
      return { ok: false, reason: 'too-long', detail: `it unpacks to more than ${maxChars} characters` };
    out.push(entry);
    dictionary.push(previous + entry.charAt(0));
    added();
    previous = entry;
  }
}
