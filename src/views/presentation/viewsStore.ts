import { useCallback, useSyncExternalStore } from 'react';
import { parseStoredViews, serializeViews, withView, type PresentationViewId } from './presentationViews';

/** The chosen presentation views live in the browser, not in the scenario or its share link. */
const STORAGE_KEY = 'percpu-explorer:presentation-views';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe): the default applies
  }
}

let current: PresentationViewId[] = parseStoredViews(readStored());
const listeners = new Set<() => void>();

function setViews(next: PresentationViewId[]): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, serializeViews(next));
  } catch {
    // Not saved, but still used for this visit.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => current;

/** The views shown in presentation mode, and a way to switch one on or off. */
export function usePresentationViews(): [PresentationViewId[], (id: PresentationViewId, on: boolean) => void] {
  const views = useSyncExternalStore(subscribe, snapshot, snapshot);
  const setView = useCallback((id: PresentationViewId, on: boolean) => setViews(withView(current, id, on)), []);
  return [views, setView];
}
