import type { StoreApi } from 'zustand/vanilla';
import type { PageClock } from '../../store/clock';
import type { ExplorerState } from '../../store/types';
import { composeExport } from './composeExport';
import { downloadBlob } from './download';
import { exportMeta } from './exportMeta';
import { stillFileName, type ExportSubject, type StillFormat } from '../../export/exportNames';
import { svgToPng } from './rasterize';

const kib = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KiB`);

/** Saves the view as it is on screen; returns the sentence to show (saved, or why not). */
export async function exportStill(
  store: StoreApi<ExplorerState>,
  subject: ExportSubject,
  format: StillFormat,
  clock: PageClock,
): Promise<{ ok: boolean; message: string }> {
  const state = store.getState();
  const result = composeExport(subject, exportMeta(state));
  if (!result.ok) return { ok: false, message: result.message };
  const name = stillFileName(subject, state.step, format);
  let blob: Blob;
  if (format === 'svg') blob = new Blob([result.svg.text], { type: 'image/svg+xml' });
  else {
    try {
      blob = await svgToPng(result.svg);
    } catch (e) {
      return { ok: false, message: `Could not make the PNG: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  downloadBlob(blob, name, clock);
  return { ok: true, message: `Saved ${name} (${kib(blob.size)}).` };
}
