import type { ExplorerState } from '../../store/types';
import type { ExportMeta } from './composeExport';

/** What the caption needs, read from the store at the moment of export. */
export function exportMeta(s: ExplorerState): ExportMeta {
  return { title: s.scenario.title, step: s.step, length: s.timeline.length, earlyAlloc: s.scenario.config.earlyAlloc };
}
