import type { StoreApi } from 'zustand/vanilla';
import { parseScenarioText } from '../../scenario/schema';
import { withThousands } from '../../share';
import { presetIdFor } from '../../store/persistence/sameScenario';
import type { ExplorerState } from '../../store/types';

export const IMPORT_NOTICE = 'import';
/** Far above any real scenario (100,000 ops is about 6 MB), far below what would hang the tab. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/**
 * Opens a scenario file. Any problem leaves the current scenario exactly as it was and lists
 * `path: reason` lines in a dismissible alert; a good file opens at step 0 (undo brings back the old one).
 */
export async function importScenarioFile(store: StoreApi<ExplorerState>, file: File, ignored = 0): Promise<void> {
  const fail = (lines: string[]) =>
    store.getState().showNotice({
      id: IMPORT_NOTICE,
      tone: 'error',
      text: `“${file.name}” was not opened — your scenario is unchanged.`,
      lines,
    });
  if (file.size > MAX_IMPORT_BYTES) {
    fail([`(file): ${withThousands(file.size)} bytes; scenario files are at most ${withThousands(MAX_IMPORT_BYTES)}`]);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    fail(['(file): the browser could not read it']);
    return;
  }
  // Editors on Windows often start UTF-8 files with a byte order mark, which JSON does not allow.
  const parsed = parseScenarioText(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    fail(parsed.errors);
    return;
  }
  const s = store.getState();
  s.setPlaying(false);
  s.loadScenario(parsed.scenario, { presetId: presetIdFor(parsed.scenario), step: 0 });
  s.select(null);
  const title = parsed.scenario.title ? `“${parsed.scenario.title}”` : 'the scenario';
  s.showNotice({
    id: IMPORT_NOTICE,
    tone: 'info',
    text: `Opened ${title} from ${file.name}.${ignored > 0 ? ` ${ignored} more dropped file${ignored === 1 ? ' was' : 's were'} ignored.` : ''}`,
  });
}
