import type { ReactNode } from 'react';
import { GLOSSARY } from './terms';
import { Term } from './Term';

/** Words marked in running text (narration): the kernel names and the longer phrases only, so text stays readable. */
const MARKED = GLOSSARY.flatMap((t) => [t.term, ...(t.aliases ?? [])])
  .filter(
    (w) =>
      w.length >= 4 &&
      !['map', 'maps', 'entry', 'entries', 'chunk', 'chunks', 'unit', 'units', 'stale', 'slots'].includes(w),
  )
  .sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(`(?<![\\w])(${MARKED.map(escape).join('|')})(?![\\w])`, 'i');

/** The sentence with the first mention of each glossary word wrapped in a Term. */
export function linkTerms(sentence: string): ReactNode[] {
  const out: ReactNode[] = [];
  const seen = new Set<string>();
  let rest = sentence;
  let key = 0;
  for (;;) {
    const m = PATTERN.exec(rest);
    if (!m) break;
    const word = m[1]!;
    const before = rest.slice(0, m.index);
    if (before) out.push(before);
    if (seen.has(word.toLowerCase())) out.push(word);
    else {
      seen.add(word.toLowerCase());
      out.push(
        <Term key={key++} name={word}>
          {word}
        </Term>,
      );
    }
    rest = rest.slice(m.index + word.length);
  }
  if (rest) out.push(rest);
  return out;
}
