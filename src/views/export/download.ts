import type { PageClock } from '../../store/clock';

/** The object URL must outlive the click long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string, clock: PageClock): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  clock.after(REVOKE_AFTER_MS, () => URL.revokeObjectURL(url));
}
