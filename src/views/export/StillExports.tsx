import { useState } from 'react';
import { usePageClock } from '../pageClock';
import { useExplorerStore } from '../storeContext';
import type { ExportSubject, StillFormat } from '../../export/exportNames';
import { exportStill } from './stillExport';

const CHOICES: { subject: ExportSubject; format: StillFormat; label: string }[] = [
  { subject: 'chunks', format: 'svg', label: 'Chunk maps as SVG' },
  { subject: 'chunks', format: 'png', label: 'Chunk maps as PNG' },
  { subject: 'units', format: 'svg', label: 'Unit layout as SVG' },
  { subject: 'units', format: 'png', label: 'Unit layout as PNG' },
];

/** One-click pictures of the current step, for slides. */
export function StillExports() {
  const store = useExplorerStore();
  const clock = usePageClock();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <div className="export-stills">
      <p className="export-heading">This step as a picture</p>
      <div className="export-actions">
        {CHOICES.map((c) => (
          <button
            key={c.label}
            type="button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setResult(await exportStill(store, c.subject, c.format, clock));
              setBusy(false);
            }}
          >
            {c.label}
          </button>
        ))}
      </div>
      {result ? (
        <p
          className={result.ok ? 'export-message' : 'export-message export-error'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="still-message"
        >
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
