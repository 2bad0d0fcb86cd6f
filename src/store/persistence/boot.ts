import type { StoreApi } from 'zustand/vanilla';
import { decodeLink, parseViewParams, type DecodedLink, type ViewParams } from '../../share';
import { withThousands } from '../../share/describeValue';
import { isolateText } from '../../share/isolateText';
import { effectiveLecture } from '../../scenario/lectures/effective';
import type { ExplorerState } from '../types';
import {
  AUTOSAVE_KEY,
  KEPT_KEY,
  readAutosave,
  writeAutosave,
  type AutosaveRead,
  type AutosaveRecord,
} from './autosave';
import { presetIdFor, sameScenario } from './sameScenario';
import { openAutosaveRecord, type PersistSession } from './session';
import type { SafeStorage } from './storage';
import { applyLinkView } from './viewState';

export type LinkFailure = Extract<DecodedLink, { ok: false }>;

export type BootResult = { kind: 'app' } | { kind: 'link-error'; error: LinkFailure };

export interface BootLocation {
  hash: string;
  search: string;
}

export const KEPT_NOTICE = 'autosave-kept';
export const STORAGE_NOTICE = 'autosave-storage';

/**
 * Decides what the page shows first: the link in the address (or a page saying why it cannot be
 * opened), else the autosaved scenario, else the default preset; then applies the view options in
 * the query. Never throws on bad input; every problem becomes a notice.
 */
export function bootExplorer(
  store: StoreApi<ExplorerState>,
  location: BootLocation,
  storage: SafeStorage,
  session: PersistSession,
): BootResult {
  const { params, problems } = parseViewParams(location.search);
  // The theme first, so a link error page is shown in it too.
  if (params.theme) store.getState().setTheme(params.theme);

  const saved = readAutosave(storage, AUTOSAVE_KEY);
  reportUnusableAutosave(store, saved);
  if (location.hash !== '' && location.hash !== '#') {
    const decoded = decodeLink(location.hash);
    if (!decoded.ok) return { kind: 'link-error', error: decoded };
    const s = store.getState();
    s.setPlaying(false);
    s.loadScenario(decoded.scenario, {
      history: 'reset',
      presetId: presetIdFor(decoded.scenario),
      step: decoded.view.step,
    });
    applyLinkView(store, decoded.view);
    session.pristine = store.getState().scenario;
    if (saved.kind === 'saved')
      keepReplacedAutosave(store, storage, saved.record, session, 'this link did not replace it');
  } else if (saved.kind === 'saved') {
    openAutosaveRecord(store, saved.record, session);
  } else {
    session.pristine = store.getState().scenario;
  }

  applyViewParams(store, params, problems);
  if (problems.length > 0) {
    store.getState().showNotice({
      id: 'view-params',
      tone: 'warning',
      text: 'Some options in the address were not used:',
      lines: problems,
    });
  }
  return { kind: 'app' };
}

function reportUnusableAutosave(store: StoreApi<ExplorerState>, saved: AutosaveRead) {
  if (saved.kind === 'unavailable') {
    store.getState().showNotice({
      id: STORAGE_NOTICE,
      tone: 'warning',
      text: `Autosave is off: ${saved.problem}. Export a file to keep your scenario.`,
      offer: 'export-scenario',
    });
  } else if (saved.kind === 'unreadable') {
    store.getState().showNotice({
      id: STORAGE_NOTICE,
      tone: 'warning',
      text: `Your autosaved scenario could not be read (${saved.problem}); it will be replaced by what you work on now.`,
    });
  }
}

/**
 * A link is about to become the autosave: set the old one aside and offer it back. An unedited
 * autosave (a preset, a link) never pushes out an older kept one, so a chain of links cannot
 * wash away real work.
 */
export function keepReplacedAutosave(
  store: StoreApi<ExplorerState>,
  storage: SafeStorage,
  record: AutosaveRecord,
  session: PersistSession,
  /** What is opening instead, in the notice: "this link did not replace it". */
  notReplacedBy: string,
) {
  const linkScenario = store.getState().scenario;
  if (sameScenario(record.scenario, linkScenario)) return;
  const kept = readAutosave(storage, KEPT_KEY);
  if (!record.edited && kept.kind === 'saved') return;
  const problem = writeAutosave(storage, KEPT_KEY, record);
  if (problem !== null) {
    // Keeping failed, so the autosave must not be overwritten either.
    session.autosavePaused = `your autosaved scenario could not be set aside (${problem}), so autosave is paused to keep it`;
    store
      .getState()
      .showNotice({ id: STORAGE_NOTICE, tone: 'warning', text: `Autosave is paused: ${session.autosavePaused}.` });
    return;
  }
  store.getState().showNotice({
    id: KEPT_NOTICE,
    tone: 'info',
    text: `Your autosaved scenario${record.scenario.title ? ` “${isolateText(record.scenario.title)}”` : ''} is kept — ${notReplacedBy}.`,
    action: {
      label: 'Restore it',
      run: () => restoreKeptAutosave(store, storage, session),
    },
  });
}

/** Brings the kept autosave back (the link's scenario is then what is set aside: it is still a link). */
export function restoreKeptAutosave(store: StoreApi<ExplorerState>, storage: SafeStorage, session: PersistSession) {
  const kept = readAutosave(storage, KEPT_KEY);
  store.getState().dismissNotice(KEPT_NOTICE);
  if (kept.kind !== 'saved') {
    store.getState().showNotice({
      id: KEPT_NOTICE,
      tone: 'error',
      text: `The kept autosave could not be restored: ${kept.kind === 'none' ? 'it is gone (another tab may have restored it)' : kept.problem}.`,
    });
    return;
  }
  openAutosaveRecord(store, kept.record, session);
  storage.remove(KEPT_KEY);
}

function applyViewParams(store: StoreApi<ExplorerState>, params: ViewParams, problems: string[]) {
  const s = store.getState();
  const length = s.timeline.length;
  if (params.step !== undefined) {
    if (params.step > length) problems.push(`step: this scenario has ${withThousands(length)} steps; showing the last`);
    s.setStep(Math.min(params.step, length));
  }
  if (params.embed !== undefined || params.controls !== undefined) {
    s.setEmbed(params.embed ?? s.embed, params.controls ?? s.showControls);
  }
  if (params.loop) {
    if (params.loop.from > length) problems.push(`loop: this scenario has ${withThousands(length)} steps`);
    else s.setLoop({ from: params.loop.from, to: Math.min(params.loop.to, length) });
    // A loop plays by itself (an embed without controls could never start it); autoplay=0 opts out.
    if (params.autoplay === false) s.setPlaying(false);
  }
  if (params.speed !== undefined) s.setSpeed(params.speed);
  if (params.lecture !== undefined) openLectureStop(store, params.lecture, params.quiz === true, problems);
  // A comparison in the link opens the compare view with it.
  if (params.compare !== undefined) s.openCompareParam(params.compare);
  if (params.quiz) s.setMode('quiz');
  else if (params.compare !== undefined) s.setMode('compare');
}

/**
 * `?lecture=N`: lecture mode at stop N (1-based), presentation layout on; the views apply the stop.
 * With `quiz=1` the quiz starts at that stop's step instead (the class just saw it).
 */
function openLectureStop(store: StoreApi<ExplorerState>, stop: number, quiz: boolean, problems: string[]) {
  const s = store.getState();
  const lecture = effectiveLecture(s.scenario, s.presetId);
  if (!lecture) {
    problems.push('lecture: this scenario has no lecture');
    return;
  }
  if (stop > lecture.stops.length) problems.push(`lecture: it has ${lecture.stops.length} stops; showing the last`);
  const index = Math.min(stop, lecture.stops.length) - 1;
  if (quiz) return s.setStep(lecture.stops[index]!.step);
  s.setPresentation(true);
  s.setLectureStop(index);
}
