import { createStore, type StoreApi } from 'zustand/vanilla';
import { createCompareSlice } from './compareSlice';
import { createEditSlice } from './editSlice';
import { createLinkSlice } from './linkSlice';
import { createQuizSlice } from './quizSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createScenarioSlice } from './scenarioSlice';
import { createSelectionSlice } from './selectionSlice';
import type { ExplorerState } from './types';
import { createUiSlice } from './uiSlice';

/** One vanilla store wrapping the engine's timeline; React binds to it through useExplorer. */
export function createExplorerStore(): StoreApi<ExplorerState> {
  const store = createStore<ExplorerState>()((...a) => ({
    ...createScenarioSlice(...a),
    ...createPlaybackSlice(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
    ...createEditSlice(...a),
    ...createLinkSlice(...a),
    ...createCompareSlice(...a),
    ...createQuizSlice(...a),
  }));
  store.getState().setStep(0);
  return store;
}
