import { useEffect } from 'react';
import { GLOSSARY } from './terms';
import { hideTip, useTip } from './tipStore';
import './glossary.css';

/** The definitions (once, for aria-describedby) and the floating tooltip of the term under the pointer or focus. */
export function GlossaryTip() {
  const tip = useTip();
  const term = tip ? GLOSSARY.find((t) => t.id === tip.id) : undefined;
  useEffect(() => {
    if (!tip) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hideTip();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tip]);
  return (
    <>
      <div hidden>
        {GLOSSARY.map((t) => (
          <span key={t.id} id={`gl-def-${t.id}`}>
            {t.definition}
          </span>
        ))}
      </div>
      {tip && term && (
        <div
          className="gl-tip"
          role="tooltip"
          data-testid="glossary-tip"
          style={{
            left: Math.max(4, Math.min(tip.rect.left, window.innerWidth - 360)),
            top: tip.rect.bottom + 6 > window.innerHeight - 120 ? undefined : tip.rect.bottom + 6,
            bottom: tip.rect.bottom + 6 > window.innerHeight - 120 ? window.innerHeight - tip.rect.top + 6 : undefined,
          }}
        >
          <strong>{term.term}</strong>
          {term.kernel ? <code> {term.kernel}</code> : null}: {term.definition}
        </div>
      )}
    </>
  );
}
