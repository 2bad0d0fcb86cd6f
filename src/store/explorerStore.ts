import { createStore, type StoreApi } from 'zustand/vanilla';
import { createCompareSlice } from './compareSlice';
import { createEditSlice } from './editSlice';
import { NO_PAGE, type StoreEnvironment } from './environment';
import { createLinkSlice } from './linkSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createQuizSlice } from './quizSlice';
import { createScenarioSlice } from './scenarioSlice';
import { createSelectionSlice } from './selectionSlice';
import { sweepSliceWith } from './sweepSlice';
import type { ExplorerState } from './types';
import { createUiSlice } from './uiSlice';

/**
 * The one vanilla store of the app, in slices: scenario, playback, selection, ui, edit history,
 * links and notices, compare, quiz and sweep. React binds to it through useExplorer.
 */
export function createExplorerStore(env: StoreEnvironment = NO_PAGE): StoreApi<ExplorerState> {
  const store = createStore<ExplorerState>()((...a) => ({
    ...createScenarioSlice(...a),
    ...createPlaybackSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createEditSlice(...a),
    ...createLinkSlice(...a),
    ...createCompareSlice(...a),
    ...createQuizSlice(...a),
    ...sweepSliceWith(env)(...a),
  }));
  store.getState().setStep(0);
  return store;
}
