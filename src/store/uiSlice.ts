import type { StateCreator } from 'zustand';
import type { ExplorerState, UiSlice } from './types';

export const createUiSlice: StateCreator<ExplorerState, [], [], UiSlice> = (set) => ({
  theme: 'light',
  collapsed: {},
  setTheme: (theme) => set({ theme }),
  togglePanel: (panel) => set((s) => ({ collapsed: { ...s.collapsed, [panel]: !s.collapsed[panel] } })),
});
