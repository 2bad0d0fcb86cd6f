import { useState } from 'react';
import { touchedRegion } from '../../model/touchedRegion';
import type { ExplorerState } from '../../store/types';
import { lectureOf, withLecture, type Lecture } from '../../scenario/lectureSchema';
import { plainLectureText } from '../../scenario/lectureText';
import { BUILTIN_LECTURES } from '../../scenario/lectures';
import { usePresentationViews } from '../presentation/viewsStore';
import { copyText } from '../share/clipboard';
import { useShareLink } from '../share/shareLinkContext';
import { useExplorer, useExplorerStore } from '../storeContext';
import { addStop, deleteStop, editStop, lectureLink, moveStop } from './lectureEdits';
import { capturedFocus, focusText } from './stopFocus';
import { useLecture } from './useLecture';
import './lecture.css';

/** The chunk a new stop is about: the selected allocation's, else the one the step touched. */
function focusChunk(s: ExplorerState): number | null {
  const state = s.view?.state;
  if (!state) return null;
  const live = s.selectedAlloc !== null ? state.live.get(s.selectedAlloc) : undefined;
  if (live) return live.chunk;
  return touchedRegion(s.view?.events ?? [], state)?.chunk ?? null;
}

/**
 * Authoring: add a stop at the current step with the presentation views, the selected
 * allocation and the chunk map's zoom window ("stop here"), edit its text, reorder, delete
 * (each an undoable scenario change, Ctrl+Z), preview in lecture mode, and copy a link that
 * opens it.
 */
export function LectureEditor() {
  const store = useExplorerStore();
  const scenario = useExplorer((s) => s.scenario);
  const presetId = useExplorer((s) => s.presetId);
  const step = useExplorer((s) => s.step);
  const setLectureStop = useExplorer((s) => s.setLectureStop);
  const [views] = usePresentationViews();
  const shareLink = useShareLink();
  const [copied, setCopied] = useState<string | null>(null);
  const shown = useLecture();
  const own = lectureOf(scenario);
  const builtin = !own && shown && presetId !== null && BUILTIN_LECTURES[presetId] === shown ? shown : undefined;

  const save = (lecture: Lecture | undefined) => {
    const s = store.getState();
    s.loadScenario(withLecture(s.scenario, lecture), { history: 'record' });
  };
  // "Stop here": the step, the views, the selection and the chunk map's zoom window.
  const addHere = () => {
    const s = store.getState();
    const focus = capturedFocus(s.zoomWindow, s.view?.state?.layout.unitSize ?? 0, focusChunk(s), s.selectedAlloc);
    const stop = { step, views: [...views], ...(focus && { focus }), text: '' };
    save(addStop(own ?? builtin, stop));
  };
  const copyLink = async (stop: number) => {
    const url = lectureLink(shareLink(store.getState()), stop);
    setCopied((await copyText(url)) ? `Lecture link copied (${url.length} characters).` : url);
  };

  return (
    <div className="lecture-editor">
      {builtin && (
        <p className="editor-muted">
          This preset has a built-in lecture, “{builtin.title}” ({builtin.stops.length} stops). Adding a stop or{' '}
          <button type="button" onClick={() => save(builtin)}>
            Edit a copy
          </button>{' '}
          makes it this scenario’s own (it then travels in its links and files).
        </p>
      )}
      <div className="lecture-editor-actions">
        <button type="button" onClick={addHere}>
          Add a stop at step {step}
        </button>
        <button type="button" disabled={!shown} onClick={() => setLectureStop(0)}>
          Preview
        </button>
        <button type="button" disabled={!shown} onClick={() => void copyLink(1)}>
          Copy lecture link
        </button>
      </div>
      {copied && (
        <p role="status" className="editor-muted lecture-copied">
          {copied}
        </p>
      )}
      {own && (
        <>
          <label className="lecture-title-field">
            Lecture title{' '}
            <input
              key={own.title ?? ''}
              defaultValue={own.title ?? ''}
              maxLength={120}
              onBlur={(e) => {
                const title = e.currentTarget.value.trim();
                if (title !== (own.title ?? '')) save({ ...own, ...(title ? { title } : { title: undefined }) });
              }}
            />
          </label>
          <ol className="lecture-stops" aria-label="Lecture stops">
            {own.stops.map((stop, i) => (
              <li key={`${i}-${stop.step}-${stop.text.length}`} className="lecture-stop" data-testid="lecture-stop">
                <p className="lecture-stop-head">
                  Stop {i + 1}: step {stop.step}
                  {stop.views ? ` · ${stop.views.join(', ')}` : ''}
                  {stop.focus ? ` · ${focusText(stop.focus)}` : ''}
                </p>
                <textarea
                  aria-label={`Text of stop ${i + 1}`}
                  defaultValue={stop.text}
                  maxLength={2000}
                  rows={3}
                  placeholder="What to say here: **bold**, `code`, [[glossary term]]"
                  onBlur={(e) => {
                    const text = e.currentTarget.value;
                    if (text !== stop.text) save(editStop(own, i, { text }));
                  }}
                />
                <div className="lecture-stop-tools" role="group" aria-label={`Stop ${i + 1}`}>
                  <button type="button" onClick={() => setLectureStop(i)} title={plainLectureText(stop.text)}>
                    Preview
                  </button>
                  <button type="button" disabled={i === 0} onClick={() => save(moveStop(own, i, -1))}>
                    Move up
                  </button>
                  <button type="button" disabled={i === own.stops.length - 1} onClick={() => save(moveStop(own, i, 1))}>
                    Move down
                  </button>
                  <button type="button" onClick={() => save(editStop(own, i, { step }))}>
                    Set to step {step}
                  </button>
                  <button type="button" onClick={() => save(deleteStop(own, i))}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {!own && !builtin && <p className="editor-muted">No lecture yet: step to where a story starts and add a stop.</p>}
    </div>
  );
}
