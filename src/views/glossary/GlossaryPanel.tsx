import { GLOSSARY } from './terms';
import './glossary.css';

/** Every term the app shows, in plain words with the kernel's name. */
export function GlossaryPanel() {
  return (
    // A scrolling list must be reachable by keyboard: it takes focus itself.
    <dl className="gl-list" tabIndex={0}>
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
