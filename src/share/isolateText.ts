/**
 * Text from a scenario (titles, labels, file names) placed inside the app's own sentences, for the
 * places that take a plain string (notices, title attributes, aria labels, export captions). A
 * right-to-left override in a label would otherwise reverse the app's words after it ("49152" read
 * as "25194"). Text with no right-to-left letters and no direction controls is returned as it is,
 * so ordinary strings stay byte-identical; the rest is wrapped in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE. In JSX, wrap user text in <bdi> instead.
 */
const NEEDS_ISOLATION =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|[\ud802\ud803\ud83a\ud83b]/;

export function isolateText(text: string): string {
  return NEEDS_ISOLATION.test(text) ? `\u2068${text}\u2069` : text;
}
