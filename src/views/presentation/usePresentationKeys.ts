import { useEffect } from 'react';
import { useExplorerStore } from '../storeContext';
import { keyContext, keyOwner } from '../keyboard/keyOwner';
import { presentationKeyAction } from './presentationKeys';

/** `p` toggles presentation mode (not while typing); Escape leaves it. */
export function usePresentationKeys(): void {
  const store = useExplorerStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = keyOwner(e.key, keyContext(e.target)) === 'native';
      const { presentation, setPresentation } = store.getState();
      const action = presentationKeyAction(e, typing, presentation);
      if (!action) return;
      e.preventDefault();
      setPresentation(action === 'toggle' ? !presentation : false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
