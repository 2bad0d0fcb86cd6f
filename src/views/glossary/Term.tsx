import type { ReactNode } from 'react';
import { findTerm } from './terms';
import { hideTip, showTip } from './tipStore';
import './glossary.css';

/**
 * A glossary word: its definition shows on hover and on keyboard focus. The definition text
 * lives once in the page (GlossaryTip) and is tied to the word with aria-describedby, so
 * screen readers read it on focus while the word's own text stays just the word.
 */
export function Term({ name, children }: { name: string; children?: ReactNode }) {
  const term = findTerm(name);
  if (!term) return <>{children ?? name}</>;
  const show = (el: HTMLElement) => showTip(term.id, el.getBoundingClientRect());
  return (
    <span
      className="gl-term"
      tabIndex={0}
      aria-describedby={`gl-def-${term.id}`}
      data-term={term.id}
      onMouseEnter={(e) => show(e.currentTarget)}
      onMouseLeave={hideTip}
      onFocus={(e) => show(e.currentTarget)}
      onBlur={hideTip}
    >
      {children ?? name}
    </span>
  );
}
