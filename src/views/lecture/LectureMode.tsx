import { useEffect, useId, useRef } from 'react';
import { DEFAULT_PRESENTATION_VIEWS } from '../presentation/presentationViews';
import { keyContext, keyOwner } from '../keyboard/keyOwner';
import { useExplorer, useExplorerStore } from '../storeContext';
import { animateTo } from './animateTo';
import { LectureText } from './LectureText';
import { zoomRequestOf } from './stopFocus';
import { useLecture } from './useLecture';
import './lecture.css';

/**
 * Lecture mode: the stop's text large beside the views (announced to screen readers), → / ←
 * and PageDown / PageUp (what clickers send) between stops; each stop moves the view to its
 * step, selects its allocation and brings its chunk into view. Escape leaves.
 */
export function LectureMode() {
  const store = useExplorerStore();
  const lecture = useLecture();
  const stop = useExplorer((s) => s.lectureStop);
  const setLectureStop = useExplorer((s) => s.setLectureStop);
  const headingId = useId();
  const count = lecture?.stops.length ?? 0;
  const index = stop === null || count === 0 ? null : Math.min(stop, count - 1);
  const current = index === null ? undefined : lecture!.stops[index];
  const applied = useRef<unknown>(null);

  // A lecture that went away (another scenario loaded) ends lecture mode.
  useEffect(() => {
    if (stop !== null && count === 0) setLectureStop(null);
  }, [stop, count, setLectureStop]);

  // Leaving the lecture gives the zoom back to the user (and to follow-the-action).
  useEffect(() => {
    if (stop !== null) return;
    applied.current = null;
    if (store.getState().zoomRequest !== null) store.getState().requestZoom(null);
  }, [stop, store]);
  useEffect(() => () => store.getState().requestZoom(null), [store]);

  // Apply the stop once each time it changes: its step, its selection, its chunk in view and
  // its offset range zoomed to (the chunk map frames it once the view reaches the step).
  useEffect(() => {
    if (!current || applied.current === current) return;
    applied.current = current;
    const s = store.getState();
    if (!s.presentation) s.setPresentation(true);
    const step = Math.min(current.step, s.timeline.length);
    s.requestZoom(zoomRequestOf(current, step));
    animateTo(store, step);
    s.select(current.focus?.alloc ?? null);
    const chunk = current.focus?.chunk;
    if (chunk !== undefined) {
      requestAnimationFrame(() =>
        document
          .querySelector(`[data-testid="chunk-row"][data-chunk-id="${chunk}"]`)
          ?.scrollIntoView({ block: 'nearest' }),
      );
    }
  }, [current, store]);

  useEffect(() => {
    if (index === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (keyOwner(e.key, keyContext(e.target)) === 'native') return;
      let next: number;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') next = Math.min(count - 1, index + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') next = Math.max(0, index - 1);
      else if (e.key === 'Escape') {
        e.preventDefault();
        setLectureStop(null);
        store.getState().setPresentation(false);
        return;
      } else return;
      e.preventDefault();
      setLectureStop(next);
    };
    // Capture: the stop keys win over the stepping keys (which would step the boot instead).
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [index, count, setLectureStop, store]);

  // `l` starts the lecture (at its first stop) or leaves it.
  useEffect(() => {
    if (count === 0) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'l' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (keyOwner(e.key, keyContext(e.target)) === 'native') return;
      e.preventDefault();
      const s = store.getState();
      if (s.lectureStop === null) {
        applied.current = null;
        s.setLectureStop(0);
      } else s.setLectureStop(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, store]);

  if (!lecture || index === null || !current) return null;
  return (
    <aside className="lecture-panel" aria-labelledby={headingId} data-testid="lecture-panel">
      <h2 id={headingId} className="lecture-heading">
        {lecture.title ?? 'Lecture'}{' '}
        <span className="lecture-count" data-testid="lecture-count">
          stop {index + 1} of {count}
        </span>
      </h2>
      <div className="lecture-text" aria-live="polite" aria-atomic="true" data-testid="lecture-text">
        <p>
          <LectureText text={current.text} />
        </p>
      </div>
      <div className="lecture-nav" role="group" aria-label="Lecture stops">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => setLectureStop(index - 1)}
          aria-keyshortcuts="PageUp"
        >
          <span aria-hidden="true">◀ </span>Previous stop
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() => setLectureStop(index + 1)}
          aria-keyshortcuts="PageDown"
        >
          Next stop<span aria-hidden="true"> ▶</span>
        </button>
        <button
          type="button"
          onClick={() => {
            setLectureStop(null);
            store.getState().setPresentation(false);
          }}
        >
          Leave lecture
        </button>
      </div>
    </aside>
  );
}

/** The views the current stop shows, or null outside lecture mode (then the chosen views apply). */
export function useLectureViews(): readonly string[] | null {
  const lecture = useLecture();
  const stop = useExplorer((s) => s.lectureStop);
  if (!lecture || stop === null) return null;
  const current = lecture.stops[Math.min(stop, lecture.stops.length - 1)];
  return current?.views ?? DEFAULT_PRESENTATION_VIEWS;
}
