import { useEffect } from 'react';
import { focusTarget, isTypingTarget, type FocusTarget } from '../keyboard/isTypingTarget';
import { useExplorerStore } from '../storeContext';
import { changeSpeed, stepBy, toEvent, toFirst, toLast, togglePlay } from './playbackActions';

/** Keys a focused control already handles itself; the global shortcut must not act twice. */
function nativeKeys(target: FocusTarget | null): 'all' | 'range' | 'activate' | null {
  if (!target) return null;
  if (isTypingTarget(target)) return 'all';
  const tag = target.tagName;
  // Check boxes and radio buttons use Space and the arrows themselves.
  if (tag === 'INPUT') return target.type === 'range' ? 'range' : 'all';
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'activate';
  return null;
}

const RANGE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * Global stepping keys: ←/→, Home/End, Space, [ ], - + =. Not while typing in a field, and
 * never stealing a key the focused control uses (a button's Space, a slider's arrows).
 */
export function useStepperKeys(): void {
  const store = useExplorerStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const native = nativeKeys(focusTarget(e.target));
      if (native === 'all') return;
      if (native === 'range' && RANGE_KEYS.has(e.key)) return;
      if (native === 'activate' && (e.key === ' ' || e.key === 'Enter')) return;
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
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
