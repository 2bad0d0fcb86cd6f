/** JSON reading for untrusted link content: never throws, and tells "cut short" apart from "garbled". */

export type JsonRead = { ok: true; value: unknown } | { ok: false; endsEarly: boolean; detail: string };

/** Engines word it differently: V8 "Unexpected end of JSON input", Firefox "end of data", Safari "EOF". */
const ENDS_EARLY = /end of (json )?(input|data)|\bEOF\b/i;

export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, endsEarly: text.trim() === '' || ENDS_EARLY.test(detail), detail };
  }
}

/**
 * True when arrays/objects nest deeper than `maxDepth`. Iterative, because JSON.parse happily builds
 * 100,000 levels and any recursive walk over that would overflow the stack.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
