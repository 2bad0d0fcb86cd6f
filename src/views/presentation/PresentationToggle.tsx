import { selectPresentation } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import './presentation.css';
import './presentationTools.css';
import { useHiddenViewMarks } from './useHiddenViewMarks';
import { usePresentationKeys } from './usePresentationKeys';
import { usePresentationViews } from './viewsStore';
import { ViewChooser } from './ViewChooser';
import { LectureButton } from '../lecture/LectureButton';
import { useLectureViews } from '../lecture/LectureMode';
import type { PresentationViewId } from './presentationViews';

/**
 * The header's Presentation switch (also `p`; Escape leaves): large type, high contrast, the
 * stepper and only the views chosen under "Views".
 */
export function PresentationToggle() {
  const presenting = useExplorer(selectPresentation);
  const setPresentation = useExplorer((s) => s.setPresentation);
  const [shown, setView] = usePresentationViews();
  usePresentationKeys();
  // A lecture stop names its own views; outside a lecture the chosen ones apply.
  const lectureViews = useLectureViews() as PresentationViewId[] | null;
  useHiddenViewMarks(lectureViews ?? shown);
  return (
    <div className="presentation-tools">
      <button
        type="button"
        className="presentation-toggle"
        aria-pressed={presenting}
        aria-keyshortcuts="p"
        title={presenting ? 'Leave presentation mode (P or Escape)' : 'Presentation mode (P)'}
        onClick={() => setPresentation(!presenting)}
      >
        Presentation
      </button>
      <LectureButton />
      {presenting ? <ViewChooser shown={shown} setView={setView} /> : null}
    </div>
  );
}
