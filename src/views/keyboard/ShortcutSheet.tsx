import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { keyContext, keyOwner } from './keyOwner';
import './shortcutSheet.css';

// The list itself loads the first time the sheet opens.
const ShortcutList = lazy(() => import('./ShortcutList'));

/** The "Keys" button and `?`: a dialog listing every shortcut. */
export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (keyOwner(e.key, keyContext(e.target)) === 'native') return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button type="button" className="key-help" aria-keyshortcuts="?" onClick={() => setOpen(true)}>
        Keys (?)
      </button>
      <dialog
        ref={dialog}
        className="shortcut-sheet"
        aria-labelledby="shortcut-sheet-title"
        onClose={() => setOpen(false)}
        onKeyDown={(e) => {
          // Escape closes the sheet only (not presentation mode as well).
          if (e.key === 'Escape') {
            e.preventDefault();
            setOpen(false);
          }
        }}
      >
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        {open && (
          <Suspense fallback={<p role="status">Loading the shortcuts…</p>}>
            <ShortcutList />
          </Suspense>
        )}
        <button type="button" onClick={() => setOpen(false)} autoFocus>
          Close
        </button>
      </dialog>
    </>
  );
}
