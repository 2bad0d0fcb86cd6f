import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState } from '../types';
import { AUTOSAVE_KEY, writeAutosave } from './autosave';
import { STORAGE_NOTICE } from './boot';
import { keepOtherTabsSave } from './otherTabs';
import { isEdited, type PersistSession } from './session';
import type { SafeStorage } from './storage';

export const AUTOSAVE_DELAY_MS = 400;

export interface Scheduler {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const browserScheduler: Scheduler = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Saves the scenario, its preset and the step a moment after they change (and at once when the
 * page is hidden), so a reload or a crashed tab comes back to it. Returns { flush, stop }.
 */
export function startAutosave(
  store: StoreApi<ExplorerState>,
  storage: SafeStorage,
  session: PersistSession,
  scheduler: Scheduler = browserScheduler,
  delay = AUTOSAVE_DELAY_MS,
) {
  let timer: unknown = null;
  let failing = false;

  const save = () => {
    timer = null;
    if (session.autosavePaused !== null) return;
    if (session.otherTabSaved) {
      session.otherTabSaved = false;
      if (!keepOtherTabsSave(store, storage, session)) return;
    }
    const s = store.getState();
    const problem = writeAutosave(storage, AUTOSAVE_KEY, {
      scenario: s.scenario,
      presetId: s.presetId,
      step: s.step,
      edited: isEdited(s, session),
    });
    if (problem !== null && !failing) {
      s.showNotice({
        id: STORAGE_NOTICE,
        tone: 'warning',
        text: `Autosave failed: ${problem}. Export a file to keep your scenario.`,
        offer: 'export-scenario',
      });
    } else if (problem === null && failing) s.dismissNotice(STORAGE_NOTICE);
    failing = problem !== null;
  };

  const schedule = () => {
    if (timer !== null) scheduler.clearTimeout(timer);
    timer = scheduler.setTimeout(save, delay);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario || s.presetId !== prev.presetId || s.step !== prev.step) schedule();
  });
  // What boot opened is saved too, so the first reload already comes back to it.
  schedule();

  return {
    flush: () => {
      if (timer === null) return;
      scheduler.clearTimeout(timer);
      save();
    },
    stop: () => {
      unsubscribe();
      if (timer !== null) scheduler.clearTimeout(timer);
    },
  };
}
