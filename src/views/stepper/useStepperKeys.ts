import { useEffect } from 'react';
import { keyContext, keyOwner } from '../keyboard/keyOwner';
import { useExplorerStore } from '../storeContext';
import { changeSpeed, stepBy, toEvent, toFirst, toLast, togglePlay } from './playbackActions';

/**
 * Global stepping keys: ←/→, Home/End, Space, [ ], - + =. They work whatever has focus (a list
 * box, a button) except text fields and open menus; see keyOwner for the few keys a control
 * keeps. Lecture mode takes ←/→ first (it listens in the capture phase).
 */
export function useStepperKeys(): void {
  const store = useExplorerStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (keyOwner(e.key, keyContext(e.target)) === 'native') return;
      const actions: Record<string, () => void> = {
        ArrowLeft: () => stepBy(store, -1),
        ArrowRight: () => stepBy(store, 1),
        Home: () => toFirst(store),
        End: () => toLast(store),
        ' ': () => togglePlay(store),
        '[': () => toEvent(store, -1),
        ']': () => toEvent(store, 1),
        '-': () => changeSpeed(store, -1),
        '+': () => changeSpeed(store, 1),
        '=': () => changeSpeed(store, 1),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    // A button clicks on Space's key-up: swallow it there too, or the last clicked button re-presses.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (keyOwner(e.key, keyContext(e.target)) === 'app') e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [store]);
}
