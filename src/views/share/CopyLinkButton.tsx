import { useCallback, useEffect, useState } from 'react';
import { linkWarning, MAX_LINK_LENGTH, withThousands } from '../../share';
import { usePageClock } from '../pageClock';
import { useExplorer, useExplorerStore } from '../storeContext';
import { copyText } from './clipboard';
import { exportScenarioFile } from './exportFiles';
import { selectLinkLength, selectLinkTooLong } from './selectors';

type CopyResult = { url: string; copied: boolean } | { tooLong: true };

/**
 * Copies the link to what is on screen; says how long it is and when a file is the safer way.
 * A scenario too big for a link gets the file export instead: a link without its scenario would
 * open nothing anywhere else.
 */
export function CopyLinkButton() {
  const store = useExplorerStore();
  const linkLength = useExplorer(selectLinkLength);
  const tooLong = useExplorer(selectLinkTooLong);
  const [result, setResult] = useState<CopyResult | null>(null);
  const close = useCallback(() => setResult(null), []);

  const copy = async () => {
    const link = store.getState().shareLink();
    if (link.kind === 'too-long') setResult({ tooLong: true });
    else setResult({ url: link.url, copied: await copyText(link.url) });
  };
  const long = linkLength !== null && linkWarning(linkLength) !== null;

  return (
    <div className="share-copy">
      <button
        type="button"
        onClick={() => void copy()}
        title={
          tooLong
            ? 'This scenario is too big for a link: save it as a file instead'
            : linkLength === null
              ? 'Copy a link to this scenario and view'
              : `Copy a link to this scenario and view (${withThousands(linkLength)} characters)`
        }
      >
        Copy link
      </button>
      {/* The header has little room: the length shows by itself only when it matters. */}
      {long && (
        <span className="share-length long" data-testid="link-length" title={linkWarning(linkLength) ?? undefined}>
          <span aria-hidden="true">⚠ </span>
          {withThousands(linkLength)} characters
        </span>
      )}
      {tooLong && (
        <span className="share-length long" data-testid="link-length">
          <span aria-hidden="true">⚠ </span>
          too big for a link
        </span>
      )}
      {result && ('tooLong' in result ? <TooLong onClose={close} /> : <CopyStatus result={result} onClose={close} />)}
    </div>
  );
}

/** The way to share what a link cannot hold: the scenario as a file. */
function ExportScenarioButton() {
  const store = useExplorerStore();
  const clock = usePageClock();
  return (
    <button type="button" onClick={() => exportScenarioFile(store.getState().scenario, clock)}>
      Export scenario file
    </button>
  );
}

function TooLong({ onClose }: { onClose: () => void }) {
  return (
    <div
      className="share-popover"
      role="status"
      data-testid="copy-status"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="share-warning">
        This scenario is too big for a link (links hold at most {withThousands(MAX_LINK_LENGTH)} characters). Share it
        as a file: <ExportScenarioButton />
      </p>
      <button type="button" className="share-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

function CopyStatus({ result, onClose }: { result: { url: string; copied: boolean }; onClose: () => void }) {
  const clock = usePageClock();
  const warning = linkWarning(result.url.length);
  // A plain "copied" goes away by itself; a manual-copy box or a warning stays until closed.
  const transient = result.copied && !warning;
  useEffect(() => {
    if (!transient) return;
    return clock.after(5000, onClose);
  }, [transient, onClose, clock]);
  return (
    <div
      className={`share-popover${transient ? ' share-toast' : ''}`}
      role="status"
      data-testid="copy-status"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {result.copied ? (
        <p>Link copied — {withThousands(result.url.length)} characters</p>
      ) : (
        <>
          <p>The browser did not let this page copy. Select the link and copy it yourself:</p>
          <input
            className="share-link-text"
            readOnly
            value={result.url}
            aria-label="Share link"
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      )}
      {warning && (
        <p className="share-warning">
          {warning} <ExportScenarioButton />
        </p>
      )}
      <button type="button" className="share-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
