import { useCallback, useEffect, useState } from 'react';
import { linkWarning, withThousands } from '../../share';
import { useExplorer, useExplorerStore } from '../storeContext';
import { copyText } from './clipboard';
import { exportScenarioFile } from './exportFiles';
import { selectLinkLength } from './selectors';
import { useShareLink } from './shareLinkContext';

interface CopyResult {
  url: string;
  copied: boolean;
}

/** Copies the link to what is on screen; says how long it is and when a file is the safer way. */
export function CopyLinkButton() {
  const store = useExplorerStore();
  const linkLength = useExplorer(selectLinkLength);
  const [result, setResult] = useState<CopyResult | null>(null);
  const shareLink = useShareLink();
  const close = useCallback(() => setResult(null), []);

  const copy = async () => {
    const url = shareLink(store.getState());
    setResult({ url, copied: await copyText(url) });
  };
  const long = linkLength !== null && linkWarning(linkLength) !== null;

  return (
    <div className="share-copy">
      <button
        type="button"
        onClick={() => void copy()}
        title={
          linkLength === null
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
      {result && <CopyStatus result={result} onClose={close} />}
    </div>
  );
}

function CopyStatus({ result, onClose }: { result: CopyResult; onClose: () => void }) {
  const store = useExplorerStore();
  const warning = linkWarning(result.url.length);
  // A plain "copied" goes away by itself; a manual-copy box or a warning stays until closed.
  const transient = result.copied && !warning;
  useEffect(() => {
    if (!transient) return;
    const timer = setTimeout(onClose, 5000);
    return () => clearTimeout(timer);
  }, [transient, onClose]);
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
          {warning}{' '}
          <button type="button" onClick={() => exportScenarioFile(store.getState().scenario)}>
            Export scenario file
          </button>
        </p>
      )}
      <button type="button" className="share-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
