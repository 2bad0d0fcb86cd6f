import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState } from '../types';
import type { SafeStorage } from './storage';

/** The chosen presentation views live in the browser, not in the scenario or its share link. */
export const PRESENTATION_VIEWS_KEY = 'percpu-explorer:presentation-views';
/** Far more than there are panels; a longer list is not ours. */
const MAX_VIEWS = 32;

/** The stored choice (a JSON array of panel ids), or null for the default: missing, unreadable or not a list of ids. */
export function readPresentationViews(storage: SafeStorage): string[] | null {
  const read = storage.read(PRESENTATION_VIEWS_KEY);
  if (!read.ok || read.value === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(read.value);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length > MAX_VIEWS) return null;
  return value.filter((id): id is string => typeof id === 'string' && id.length <= 64);
}

/**
 * Opens the stored choice in the store and writes each new one back. A choice that cannot be
 * stored (private mode, sandboxed iframe) is still used for this visit.
 */
export function keepPresentationViews(store: StoreApi<ExplorerState>, storage: SafeStorage): () => void {
  const stored = readPresentationViews(storage);
  if (stored !== null) store.getState().setPresentationViews(stored);
  return store.subscribe((s, prev) => {
    if (s.presentationViews !== prev.presentationViews && s.presentationViews !== null) {
      storage.write(PRESENTATION_VIEWS_KEY, JSON.stringify(s.presentationViews));
    }
  });
}
