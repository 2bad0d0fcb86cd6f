import './motion.css';

/**
 * Where a chunk the step destroyed stood: its row folds away (~250 ms) when transitions are on,
 * and is not drawn at all otherwise. Hidden from assistive technology: the narration says it.
 */
export function GoneRow({ id }: { id: number }) {
  return (
    <li className="cm-row cm-row-gone" aria-hidden="true" data-testid="chunk-gone" data-chunk-id={id}>
      <div className="cm-row-head">
        <span className="cm-row-name">
          <strong>chunk {id}</strong> destroyed by reclaim
        </span>
      </div>
      <div className="cm-gone-bar" />
    </li>
  );
}
