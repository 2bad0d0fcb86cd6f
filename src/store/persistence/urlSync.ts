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

/** The link a person shares: page address plus the scenario hash, no view options. */
export function shareUrlOf(s: ExplorerState, location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}${encodeLink(s.scenario, linkViewOf(s))}`;
}

/**
 * View options that differ from the defaults. The step is in the hash, so it never stays in the
 * query (where it would win over the hash on the next reload). `compare` is kept as given.
 */
export function syncedViewParams(s: ExplorerState, compare: string | undefined): ViewParams {
  return {
    ...(s.loop && { loop: s.loop }),
    ...(s.speed !== 1 && { speed: s.speed }),
    ...(s.theme === 'dark' && { theme: 'dark' }),
    ...(s.embed && { embed: true }),
    ...(!s.showControls && { controls: false }),
    ...(s.mode === 'quiz' && { quiz: true }),
    ...(compare !== undefined && { compare }),
  };
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
  compare: string | undefined,
  scheduler: Scheduler = browserScheduler,
  delay = URL_SYNC_DELAY_MS,
) {
  let timer: unknown = null;
  let written = bar.location.hash;

  const write = () => {
    timer = null;
    const s = store.getState();
    const hash = encodeLink(s.scenario, linkViewOf(s));
    const url = `${bar.location.pathname}${buildViewParams(syncedViewParams(s, compare))}${hash}`;
    written = hash;
    if (`${bar.location.pathname}${bar.location.search}${bar.location.hash}` !== url) {
      bar.history.replaceState(bar.history.state, '', url);
    }
    const length = bar.location.origin.length + bar.location.pathname.length + hash.length;
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
    if (bar.location.hash !== written) bar.location.reload();
  };
  bar.addEventListener('hashchange', onHashChange);
  schedule();

  return {
    flush: () => {
      if (timer === null) return;
      scheduler.clearTimeout(timer);
      write();
    },
    stop: () => {
      unsubscribe();
      bar.removeEventListener('hashchange', onHashChange);
      if (timer !== null) scheduler.clearTimeout(timer);
    },
  };
}
