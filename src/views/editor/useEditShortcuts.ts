import { useEffect } from 'react';
import { useExplorerStore } from '../storeContext';

/** Inputs where Ctrl+Z belongs to the text being typed, not to the op history. */
const NON_TEXT_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file']);

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** Ctrl+Z undoes an edit; Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac). Not while typing in a field. */
export function useEditShortcuts(): void {
  const store = useExplorerStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || typingIn(e.target)) return;
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
