/**
 * Scenario files as editors save them: UTF-8 with or without a byte order mark, UTF-16 LE/BE with
 * one (Windows "Unicode"). The app and the replay command both read files through this, so a file
 * opens in one exactly when it opens in the other.
 */
export interface DecodedText {
  text: string;
  /** Set when characters were lost in decoding: the file is shown anyway, with this warning. */
  warning?: string;
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, skip: number): DecodedText {
  const body = bytes.subarray(skip);
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const name = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    const hint = encoding === 'utf-8' ? ' (it may be Latin-1 or Windows-1252: save it as UTF-8)' : '';
    return {
      text,
      warning: `(file): it is not valid ${name}${hint}; characters that could not be read are shown as �`,
    };
  }
}

export function decodeFileBytes(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decode('utf-8', bytes, 3);
  if (a === 0xff && b === 0xfe) return decode('utf-16le', bytes, 2);
  if (a === 0xfe && b === 0xff) return decode('utf-16be', bytes, 2);
  // UTF-16 without a mark still starts with an ASCII '{' or space next to a zero byte.
  if (bytes.length >= 2 && a !== 0 && b === 0) return decode('utf-16le', bytes, 0);
  if (bytes.length >= 2 && a === 0 && b !== 0) return decode('utf-16be', bytes, 0);
  return decode('utf-8', bytes, 0);
}
