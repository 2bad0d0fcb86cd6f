/**
 * Every line the replay command writes to stderr goes through this. File names, field names and
 * JSON error snippets come from the input: raw ESC, NUL or a direction override would clear,
 * recolour or reorder the user's terminal. Those are shown as \x1b-style escapes, and a line is
 * cut at MAX_LINE characters so one huge value cannot flood the screen.
 */
export const MAX_LINE = 400;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

const hex = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

export function escapeForTerminal(text: string, max = MAX_LINE): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  const shown = cut.replace(UNSAFE, hex);
  return text.length > max ? `${shown}… (${text.length - max} more characters)` : shown;
}
