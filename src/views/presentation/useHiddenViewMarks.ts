import { useEffect } from 'react';
import { hiddenViews, type PresentationViewId } from './presentationViews';

/**
 * Marks <body> with the views presentation mode leaves out (data-presentation-hidden="units
 * slots timeline"); presentation.css hides those panels only while `.app.presentation` is on.
 */
export function useHiddenViewMarks(shown: readonly PresentationViewId[]): void {
  useEffect(() => {
    document.body.dataset.presentationHidden = hiddenViews(shown).join(' ');
    return () => {
      delete document.body.dataset.presentationHidden;
    };
  }, [shown]);
}
