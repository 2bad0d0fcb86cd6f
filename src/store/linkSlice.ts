import type { StateCreator } from 'zustand';
import type { ExplorerState } from './types';

/**
 * Messages about sharing, files and saving, shown above the app until dismissed: a kept autosave,
 * an import that failed, view options that were ignored, storage that does not work.
 */
export interface AppNotice {
  /** One notice per id: showing a notice again replaces the old one. */
  id: string;
  /** 'error' is announced at once (role=alert); the others politely. */
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** Detail lines (e.g. `path: reason`), shown as a list, always as text. */
  lines?: string[];
  action?: { label: string; run: () => void };
}

export interface LinkSlice {
  /** Characters in the share link of what is on screen, as last written to the address bar. */
  linkLength: number | null;
  setLinkLength: (length: number | null) => void;
  notices: AppNotice[];
  showNotice: (notice: AppNotice) => void;
  dismissNotice: (id: string) => void;
}

export const createLinkSlice: StateCreator<ExplorerState, [], [], LinkSlice> = (set) => ({
  linkLength: null,
  setLinkLength: (linkLength) => set({ linkLength }),
  notices: [],
  showNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
