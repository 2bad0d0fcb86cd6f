import { createContext, useContext } from 'react';
import { STILL_CLOCK, type PageClock } from '../store/clock';

/**
 * The page's frames and timers, for views that animate or dismiss something later. The page
 * root provides the real clock; where none is provided (server rendering in tests) nothing fires.
 */
export const PageClockContext = createContext<PageClock>(STILL_CLOCK);

export function usePageClock(): PageClock {
  return useContext(PageClockContext);
}
