import type { DmesgComparison } from '../../realdata';
import { RECORD_KIND_WORDS } from '../../realdata/bootLogReport';

/** Each recognised log line beside the model's: ✓ when they agree, ✗ with the reasons when not. */
export function LineReport({ comparison }: { comparison: DmesgComparison }) {
  return (
    <>
      <ol className="line-report" aria-label="Line by line">
        {comparison.lines.map((row) => (
          <li key={row.line} className={`line-${row.status}`} data-status={row.status}>
            <p className="line-head">
              <span className="line-mark" aria-hidden="true">
                {row.status === 'match' ? '✓' : '✗'}
              </span>{' '}
              <strong>
                Line {row.line} ({RECORD_KIND_WORDS[row.kind]}): {row.status === 'match' ? 'matches' : 'differs'}
              </strong>
            </p>
            <p className="line-text">
              Log: <code>{row.text}</code>
            </p>
            <p className="line-text">
              Model: {row.model === null ? <em>prints no such line</em> : <code>{row.model}</code>}
            </p>
            {row.details.length > 0 && (
              <ul className="line-details">
                {row.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {comparison.notes.length > 0 && (
        <ul className="line-notes" aria-label="Notes">
          {comparison.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}
