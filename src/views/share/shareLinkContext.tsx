import { createContext, useContext } from 'react';
import type { ExplorerState } from '../../store/types';

/**
 * How to build the link to what is on screen. Root may provide its own; without it the store's
 * share link is used, which the persistence layer (the only code that knows the page's address)
 * provides.
 */
export const ShareLinkContext = createContext<((s: ExplorerState) => string) | null>(null);

export function useShareLink(): (s: ExplorerState) => string {
  return useContext(ShareLinkContext) ?? ((s) => s.shareLink().url);
}
