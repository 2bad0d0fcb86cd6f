import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import './export.css';

const ExportPanelContent = lazy(() => import('./ExportPanelContent'));

/**
 * The header's Export button: a panel with SVG / PNG stills of the current step and a WebM
 * video of a step range. The panel stays mounted while closed, so a running video export
 * keeps going (and can still be cancelled when reopened).
 */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && e.target instanceof Node && !root.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        root.current?.querySelector<HTMLButtonElement>('.export-toggle')?.focus();
      }}
    >
      <button
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="export-panel" role="group" aria-label="Export" hidden={!open}>
        {opened && (
          <Suspense fallback={<p className="placeholder">Loading export tools…</p>}>
            <ExportPanelContent open={open} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
