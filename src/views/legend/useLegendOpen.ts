import { useEffect, useState } from 'react';
import { keyContext, keyOwner } from '../keyboard/keyOwner';
import { selectPresentation } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/**
 * The legend is open while exploring and folded in presentation mode (it would push the maps
 * and the log below the fold); `k` or a click on its summary opens and folds it.
 */
export function useLegendOpen(): [boolean, (open: boolean) => void] {
  const presenting = useExplorer(selectPresentation);
  const [open, setOpen] = useState(!presenting);
  const [wasPresenting, setWasPresenting] = useState(presenting);
  if (wasPresenting !== presenting) {
    setWasPresenting(presenting);
    setOpen(!presenting);
  }
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'k' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (keyOwner(e.key, keyContext(e.target)) === 'native') return;
      e.preventDefault();
      setOpen((o) => !o);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return [open, setOpen];
}
