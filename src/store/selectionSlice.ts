import type { StateCreator } from 'zustand';
import type { ExplorerState, SelectionSlice } from './types';

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  selectedAlloc: null,
  select: (alloc) => set({ selectedAlloc: alloc }),
  linkedEntry: null,
  linkEntry: (entry) => set({ linkedEntry: entry }),
});
