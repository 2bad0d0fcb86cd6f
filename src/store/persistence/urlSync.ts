import type { StoreApi } from 'zustand/vanilla';
import { buildViewParams, encodeLink, type ViewParams } from '../../share';
import type { ExplorerState } from '../types';
import { browserScheduler, type Scheduler } from './autosaveSync';
import { linkViewOf } from './viewState';

export const URL_SYNC_DELAY_MS = 200;

/** The parts of `window` the sync touches (a fake in tests). */
export interface AddressBar {
  location: { origin: string; pathname: string; search: string; hash: string; reload: () => void };
  history: { state: unknown; replaceState: (data: unknown, unused: string, url: string) => void };
  addEventListener: (type: 'hashchange', listener: () => void) => void;
  removeEventListener: (type: 'hashchange', listener: () => void) => void;
}

/**
 * View options that live outside the explorer store (the compare view's comparison), read when
 * the address is written and watched for changes.
 */
export interface ExtraParams {
  read: (s: ExplorerState) => ViewParams;
  subscribe: (onChange: () => void) => () => void;
}

export const NO_EXTRA_PARAMS: ExtraParams = { read: () => ({}), subscribe: () => () => undefined };

/**
 * The link a person shares: page address, the extra options (the comparison, in compare mode)
 * and the scenario hash; not the viewer's own options (theme, speed, embed).
 */
export function shareUrlOf(
  s: ExplorerState,
  location: { origin: string; pathname: string },
  extra: ExtraParams = NO_EXTRA_PARAMS,
): string {
  const query = buildViewParams(extra.read(s));
  return `${location.origin}${location.pathname}${query}${encodeLink(s.scenario, linkViewOf(s))}`;
}

/**
 * View options that differ from the defaults. The step is in the hash, so it never stays in the
 * query (where it would win over the hash on the next reload).
 */
export function syncedViewParams(s: ExplorerState, extra: ExtraParams = NO_EXTRA_PARAMS): ViewParams {
  return {
    ...extra.read(s),
    ...(s.loop && { loop: s.loop }),
    ...(s.speed !== 1 && { speed: s.speed }),
    ...(s.theme === 'dark' && { theme: 'dark' }),
    ...(s.embed && { embed: true }),
    ...(!s.showControls && { controls: false }),
    ...(s.mode === 'quiz' && { quiz: true }),
  };
}

/** A jump to an element of the page (`#panel-log`) is not a link to open. */
function isInPageAnchor(hash: string): boolean {
  if (typeof document === 'undefined' || hash.length < 2) return false;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
  } catch {
    return false;
  }
}

const WATCHED: (keyof ExplorerState)[] = [
  'scenario',
  'step',
  'selectedAlloc',
  'collapsed',
  'theme',
  'embed',
  'showControls',
  'loop',
  'speed',
  'mode',
];

/**
 * Keeps the address bar on what is shown (history.replaceState, a moment after the last change, as
 * the TypeScript playground does) and publishes the share link's length. A link pasted into the
 * address bar of this tab changes only the hash: the page reloads to open it.
 */
export function startUrlSync(
  store: StoreApi<ExplorerState>,
  bar: AddressBar,
  extra: ExtraParams = NO_EXTRA_PARAMS,
  scheduler: Scheduler = browserScheduler,
  delay = URL_SYNC_DELAY_MS,
) {
  let timer: unknown = null;
  let written = bar.location.hash;

  let leaving = false;
  const write = () => {
    timer = null;
    if (leaving) return;
    const s = store.getState();
    const hash = encodeLink(s.scenario, linkViewOf(s));
    const url = `${bar.location.pathname}${buildViewParams(syncedViewParams(s, extra))}${hash}`;
    written = hash;
    if (`${bar.location.pathname}${bar.location.search}${bar.location.hash}` !== url) {
      bar.history.replaceState(bar.history.state, '', url);
    }
    const length =
      bar.location.origin.length + bar.location.pathname.length + buildViewParams(extra.read(s)).length + hash.length;
    if (s.linkLength !== length) s.setLinkLength(length);
  };

  const schedule = () => {
    if (timer !== null) scheduler.clearTimeout(timer);
    timer = scheduler.setTimeout(write, delay);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (WATCHED.some((key) => s[key] !== prev[key])) schedule();
  });
  const onHashChange = () => {
    const hash = bar.location.hash;
    if (hash === written || isInPageAnchor(hash)) return;
    // The person opened another link in this tab: the page reloads on it, and nothing of this
    // page (a pending write, the flush on pagehide) may put the old scenario back over it.
    leaving = true;
    if (timer !== null) scheduler.clearTimeout(timer);
    timer = null;
    bar.location.reload();
  };
  bar.addEventListener('hashchange', onHashChange);
  const unsubscribeExtra = extra.subscribe(schedule);
  schedule();

  return {
    flush: () => {
      if (timer === null) return;
      scheduler.clearTimeout(timer);
      write();
    },
    stop: () => {
      unsubscribe();
      unsubscribeExtra();
      bar.removeEventListener('hashchange', onHashChange);
      if (timer !== null) scheduler.clearTimeout(timer);
    },
  };
}
