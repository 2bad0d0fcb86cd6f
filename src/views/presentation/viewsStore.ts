import { useCallback, useMemo } from 'react';
import { useExplorer, useExplorerStore } from '../storeContext';
import { canonicalViews, DEFAULT_PRESENTATION_VIEWS, withView, type PresentationViewId } from './presentationViews';

/**
 * The views to show for the store's stored choice: null is the default; unknown ids (from an
 * older or newer version) are dropped, and a choice of only unknown ids falls back to the default.
 * An empty list is a real choice: the stepper alone.
 */
function viewsOf(stored: readonly string[] | null): PresentationViewId[] {
  if (stored === null) return [...DEFAULT_PRESENTATION_VIEWS];
  const known = canonicalViews(stored as readonly PresentationViewId[]);
  return known.length === 0 && stored.length > 0 ? [...DEFAULT_PRESENTATION_VIEWS] : known;
}

/**
 * The views shown in presentation mode, and a way to switch one on or off. The choice is in the
 * explorer store; the persistence layer keeps it in this browser.
 */
export function usePresentationViews(): [PresentationViewId[], (id: PresentationViewId, on: boolean) => void] {
  const store = useExplorerStore();
  const stored = useExplorer((s) => s.presentationViews);
  const views = useMemo(() => viewsOf(stored), [stored]);
  const setView = useCallback(
    (id: PresentationViewId, on: boolean) => {
      const s = store.getState();
      s.setPresentationViews(withView(viewsOf(s.presentationViews), id, on));
    },
    [store],
  );
  return [views, setView];
}
