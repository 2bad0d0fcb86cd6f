import { GLOSSARY } from './terms';
import './glossary.css';

/** Every term the app shows, in plain words with the kernel's name. */
export function GlossaryPanel() {
  return (
    <dl className="gl-list" aria-label="Glossary">
      {GLOSSARY.map((t) => (
        <div key={t.id} id={`glossary-${t.id}`} data-term={t.id}>
          <dt>
            {t.term}
            {t.kernel ? <code className="gl-kernel"> {t.kernel}</code> : null}
          </dt>
          <dd>{t.definition}</dd>
        </div>
      ))}
    </dl>
  );
}
