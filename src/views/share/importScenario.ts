import type { StoreApi } from 'zustand/vanilla';
import { isolateText } from '../../share/isolateText';
import { MAX_SCENARIO_FILE_BYTES, readScenarioBytes, tooLargeProblem } from '../../share/readScenarioFile';
import { presetIdFor } from '../../store/persistence/sameScenario';
import type { ExplorerState } from '../../store/types';

export const IMPORT_NOTICE = 'import';
export const MAX_IMPORT_BYTES = MAX_SCENARIO_FILE_BYTES;

/**
 * Opens a scenario file. Any problem leaves the current scenario exactly as it was and lists
 * `path: reason` lines in a dismissible alert; a good file opens at step 0 (undo brings back the old one).
 */
export async function importScenarioFile(store: StoreApi<ExplorerState>, file: File, ignored = 0): Promise<void> {
  const fail = (lines: string[]) =>
    store.getState().showNotice({
      id: IMPORT_NOTICE,
      tone: 'error',
      text: `“${isolateText(file.name)}” was not opened — your scenario is unchanged.`,
      lines,
    });
  if (file.size > MAX_IMPORT_BYTES) {
    fail([tooLargeProblem(file.size)]);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    fail(['(file): the browser could not read it']);
    return;
  }
  // The replay command reads files the same way (byte order marks, UTF-16).
  const parsed = readScenarioBytes(bytes);
  if (!parsed.ok) {
    fail([...parsed.warnings, ...parsed.errors]);
    return;
  }
  const s = store.getState();
  s.setPlaying(false);
  s.loadScenario(parsed.scenario, { history: 'record', presetId: presetIdFor(parsed.scenario), step: 0 });
  s.select(null);
  const title = parsed.scenario.title ? `“${isolateText(parsed.scenario.title)}”` : 'the scenario';
  s.showNotice({
    id: IMPORT_NOTICE,
    tone: parsed.warnings.length > 0 ? 'warning' : 'info',
    text: `Opened ${title} from ${isolateText(file.name)}.${ignored > 0 ? ` ${ignored} more dropped file${ignored === 1 ? ' was' : 's were'} ignored.` : ''}`,
    ...(parsed.warnings.length > 0 && { lines: parsed.warnings }),
  });
}
