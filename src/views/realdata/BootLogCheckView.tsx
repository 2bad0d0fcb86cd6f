import type { BootLogCheck } from '../../realdata/checkLog';
import { LINE_STATUS_WORDS, verdictSentence } from '../../realdata/checkSummary';

const MARK: Record<string, string> = { match: '✓', differs: '✗', unreadable: '?', context: '·', failure: '!' };

/** The era-aware checker's verdict and its lines: what `npm run -s check-log` prints, for people. */
export function BootLogCheckView({ check, onOpen }: { check: BootLogCheck; onOpen: () => void }) {
  return (
    <div className="boot-check" data-testid="boot-check" data-verdict={check.verdict}>
      <h4>Checked with the kernel's own rules</h4>
      <p className="boot-check-verdict" data-testid="check-verdict" aria-live="polite">
        <strong>Verdict: {verdictSentence(check)}</strong>
      </p>
      {check.notes.length > 0 && (
        <ul className="line-notes" aria-label="Where the inputs came from">
          {check.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <ol className="line-report" aria-label="Checked lines">
        {check.lines.map((row) => (
          <li key={`${row.line}-${row.status}`} className={`line-${row.status}`} data-status={row.status}>
            <p className="line-head">
              <span className="line-mark" aria-hidden="true">
                {MARK[row.status]}
              </span>{' '}
              <strong>
                Line {row.line}: {LINE_STATUS_WORDS[row.status]}
              </strong>
            </p>
            <p className="line-text">
              Log: <code>{row.text}</code>
            </p>
            {row.model !== null && (
              <p className="line-text">
                Model: <code>{row.model}</code>
              </p>
            )}
            {row.reason && <p className="line-details">{row.reason}</p>}
          </li>
        ))}
      </ol>
      <div className="realdata-actions">
        <button type="button" disabled={check.config === null} onClick={onOpen}>
          Open the reproduced boot in Explore
        </button>
        <span className="hint">A new scenario with this machine's config and no ops.</span>
      </div>
    </div>
  );
}
