import type { StateCreator } from 'zustand';
import type { ExplorerState, UiSlice } from './types';

export const createUiSlice: StateCreator<ExplorerState, [], [], UiSlice> = (set) => ({
  mode: 'explore',
  presentation: false,
  embed: false,
  showControls: true,
  setMode: (mode) => set({ mode }),
  setPresentation: (presentation) => set({ presentation }),
  setEmbed: (embed, showControls) => set({ embed, showControls }),
  presentationViews: null,
  setPresentationViews: (views) => set({ presentationViews: [...views] }),
  lectureStop: null,
  setLectureStop: (lectureStop) => set({ lectureStop }),
  zoomRequest: null,
  requestZoom: (zoomRequest) => set({ zoomRequest }),
  zoomWindow: null,
  setZoomWindow: (zoomWindow) =>
    set((s) => (s.zoomWindow?.from === zoomWindow?.from && s.zoomWindow?.to === zoomWindow?.to ? s : { zoomWindow })),
  theme: 'light',
  collapsed: {},
  setTheme: (theme) => set({ theme }),
  togglePanel: (panel) => set((s) => ({ collapsed: { ...s.collapsed, [panel]: !s.collapsed[panel] } })),
});
