/**
 * The check code between a link's version and its payload: `#v1.<check>.<payload>`.
 *
 * Six base-36 characters of the payload's FNV-1a hash catch a changed character (about one damaged
 * link in two billion slips through), and the payload's length in base 36 tells a link cut short
 * (truncated) from one with a character changed or lost in the middle (damaged). Both use only
 * lower-case letters and digits, which chat tools leave alone; '.' never occurs in a payload.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const HASH_SPACE = 36 ** 6;
const HASH_CHARS = 6;
/** A link is at most 65,536 characters, "1ekg" in base 36. */
const MAX_LENGTH_CHARS = 4;

/** 32-bit FNV-1a over UTF-16 code units (payloads are ASCII, so the same as over bytes). */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

const hashText = (payload: string) => (fnv1a32(payload) % HASH_SPACE).toString(36).padStart(HASH_CHARS, '0');

export function checkCode(payload: string): string {
  return hashText(payload) + payload.length.toString(36);
}

export interface CheckCode {
  hash: string;
  /** Length of the payload the code was made for. */
  length: number;
}

const CODE = new RegExp(`^([0-9a-z]{${HASH_CHARS}})([0-9a-z]{1,${MAX_LENGTH_CHARS}})$`);
/** Text that could be the start of a check code, cut before its '.'. */
const CODE_START = new RegExp(`^[0-9a-z]{0,${HASH_CHARS + MAX_LENGTH_CHARS}}$`);

export function readCheckCode(text: string): CheckCode | null {
  const m = CODE.exec(text);
  return m ? { hash: m[1]!, length: parseInt(m[2]!, 36) } : null;
}

export const couldStartCheckCode = (text: string): boolean => CODE_START.test(text);

export const matchesCheckCode = (payload: string, code: CheckCode): boolean =>
  code.length === payload.length && code.hash === hashText(payload);
