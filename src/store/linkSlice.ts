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
  /** 'export-scenario': the notice offers to save the scenario as a file (the views do the download). */
  offer?: 'export-scenario';
}

/**
 * The link to what is on screen. A scenario whose link would be over the link limit has none:
 * then `url` holds only the view (`?step=…`), which reopens the scenario only from this browser's
 * autosave.
 */
export type ShareLink = { kind: 'link'; url: string } | { kind: 'too-long'; url: string };

export interface LinkSlice {
  /** Characters in the share link of what is on screen, as last written to the address bar. */
  linkLength: number | null;
  /** True when the scenario on screen is too big for a link (as last written to the address bar). */
  linkTooLong: boolean;
  setLinkLength: (length: number | null, tooLong?: boolean) => void;
  /** The link to what is on screen now; the persistence layer, which knows the page's address, provides it. */
  shareLink: () => ShareLink;
  setShareLinkSource: (source: () => ShareLink) => void;
  notices: AppNotice[];
  showNotice: (notice: AppNotice) => void;
  dismissNotice: (id: string) => void;
}

export const createLinkSlice: StateCreator<ExplorerState, [], [], LinkSlice> = (set) => ({
  linkLength: null,
  linkTooLong: false,
  setLinkLength: (linkLength, linkTooLong = false) => set({ linkLength, linkTooLong }),
  // Without a page (tests, the CLI) there is no address to link to.
  shareLink: () => ({ kind: 'link', url: '' }),
  setShareLinkSource: (shareLink) => set({ shareLink }),
  notices: [],
  showNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
