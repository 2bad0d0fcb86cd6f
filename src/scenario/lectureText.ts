/**
 * The few inline marks a lecture stop's text may use: **bold**, `code` and [[term]] or
 * [[term|shown words]] (a glossary link). Everything else is plain text; nothing is HTML.
 */
export type TextPiece =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'term'; term: string; text: string };

const MARK = /\*\*([^*]+)\*\*|`([^`]+)`|\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

export function parseLectureText(source: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of source.matchAll(MARK)) {
    if (m.index > at) pieces.push({ kind: 'text', text: source.slice(at, m.index) });
    if (m[1] !== undefined) pieces.push({ kind: 'bold', text: m[1] });
    else if (m[2] !== undefined) pieces.push({ kind: 'code', text: m[2] });
    else pieces.push({ kind: 'term', term: m[3]!.trim(), text: (m[4] ?? m[3]!).trim() });
    at = m.index + m[0].length;
  }
  if (at < source.length) pieces.push({ kind: 'text', text: source.slice(at) });
  return pieces;
}

/** The text as read aloud or searched: the marks removed. */
export const plainLectureText = (source: string): string =>
  parseLectureText(source)
    .map((p) => p.text)
    .join('');
