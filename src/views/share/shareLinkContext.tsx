import { createContext, useContext } from 'react';
import { shareUrlOf } from '../../store/persistence';
import type { ExplorerState } from '../../store/types';

/**
 * How to build the link to what is on screen. Root provides the page's own (which knows the
 * options kept outside the explorer store); without it, the link carries the scenario alone.
 */
export const ShareLinkContext = createContext<((s: ExplorerState) => string) | null>(null);

export function useShareLink(): (s: ExplorerState) => string {
  return useContext(ShareLinkContext) ?? ((s) => shareUrlOf(s, window.location));
}
