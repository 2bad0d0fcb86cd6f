import { useEffect } from 'react';
import { focusTarget, isTextEntry } from '../keyboard/isTypingTarget';
import { useExplorerStore } from '../storeContext';

/**
 * Ctrl+Z undoes an edit; Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac). Not while typing in a text field,
 * where Ctrl+Z belongs to the text; a list box has no text to undo, so there it still undoes the edit.
 */
export function useEditShortcuts(): void {
  const store = useExplorerStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(focusTarget(e.target))) return;
      const key = e.key.toLowerCase();
      const action =
        key === 'z'
          ? e.shiftKey
            ? store.getState().redoEdit
            : store.getState().undoEdit
          : key === 'y' && !e.shiftKey
            ? store.getState().redoEdit
            : null;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
