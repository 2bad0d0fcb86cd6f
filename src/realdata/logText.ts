/**
 * The whole-text layer under logLine.ts: logs pasted from mail arrive quoted-printable
 * (RFC 2045), with `=` soft line breaks that may cut a number in two, `=3D` for "=", and
 * `=20` / `=C2=A0` for spaces. They are decoded first, so the line readers never see them.
 */

/** A soft break or an encoded byte, as quoted-printable writes them. */
const QP_SOFT_BREAK = /=\r?\n/;
const QP_ESCAPE = /^=[0-9A-F]{2}$/;

/**
 * True when the text is quoted-printable. Plain logs contain `=` (`alloc=1*2097152`,
 * `nr_cpu_ids:4`), so one sign is not enough: a line ending in a soft break, or several
 * escapes of the kinds mail uses for logs (`=3D`, `=20`, `=09`, `=C2=A0`).
 */
export function looksQuotedPrintable(text: string): boolean {
  if (QP_SOFT_BREAK.test(text)) {
    // A log line never ends in "=", but a soft break must be followed by more text.
    return /=\r?\n\S/.test(text) || /=3D/.test(text);
  }
  const escapes = text.match(/=(?:3D|20|09|C2=A0)/g);
  return escapes !== null && escapes.length >= 2;
}

/** Decodes quoted-printable: joins soft breaks, turns =XX into bytes, reads the bytes as UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (bytes.length === 0) return;
    out += new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes));
    bytes.length = 0;
  };
  for (let i = 0; i < joined.length; i++) {
    const escape = joined.slice(i, i + 3);
    if (QP_ESCAPE.test(escape)) {
      bytes.push(parseInt(escape.slice(1), 16));
      i += 2;
      continue;
    }
    flush();
    out += joined[i];
  }
  flush();
  return out;
}

/** No-break and other unusual spaces become plain spaces (browsers and mail add them). */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\u2009\t]/g, ' ');
}

/** The text the line readers see: quoted-printable decoded when it is, spaces normalized. */
export function prepareLogText(text: string): { text: string; quotedPrintable: boolean } {
  const quotedPrintable = looksQuotedPrintable(text);
  const decoded = quotedPrintable ? decodeQuotedPrintable(text) : text;
  return { text: normalizeSpaces(decoded), quotedPrintable };
}
