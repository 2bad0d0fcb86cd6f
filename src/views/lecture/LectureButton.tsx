import { useExplorer } from '../storeContext';
import { useLecture } from './useLecture';

/** Starts or leaves the scenario's lecture (also `l`); shown only when there is one. */
export function LectureButton() {
  const lecture = useLecture();
  const stop = useExplorer((s) => s.lectureStop);
  const mode = useExplorer((s) => s.mode);
  const setLectureStop = useExplorer((s) => s.setLectureStop);
  const setMode = useExplorer((s) => s.setMode);
  if (!lecture) return null;
  const on = stop !== null && mode === 'explore';
  return (
    <button
      type="button"
      className="lecture-toggle"
      aria-pressed={on}
      aria-keyshortcuts="l"
      title={`${lecture.title ?? 'Lecture'}: ${lecture.stops.length} stops (L)`}
      onClick={() => {
        if (on) setLectureStop(null);
        else {
          setMode('explore');
          setLectureStop(0);
        }
      }}
    >
      Lecture
    </button>
  );
}
