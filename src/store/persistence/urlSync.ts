import type { StoreApi } from 'zustand/vanilla';
import { compareLinkParam } from '../../compare';
import { buildViewParams, MAX_LINK_LENGTH, withThousands, type ViewParams } from '../../share';
import { createLinkEncoder, type LinkEncoder } from '../../share/linkEncoder';
import type { ShareLink } from '../linkSlice';
import type { ExplorerState } from '../types';
import { browserScheduler, type Scheduler } from './autosaveSync';
import { browserIdle, runWhenIdle, type IdleScheduler } from './idle';
import { linkViewOf } from './viewState';

export const URL_SYNC_DELAY_MS = 200;
export const LINK_TOO_LONG_NOTICE = 'link-too-long';
/** Up to this many ops a changed scenario is packed at once (a few milliseconds); bigger ones in idle time. */
export const SYNC_PACK_OPS = 2000;

/** The parts of `window` the sync touches (a fake in tests). */
export interface AddressBar {
  location: { origin: string; pathname: string; search: string; hash: string; reload: () => void };
  history: { state: unknown; replaceState: (data: unknown, unused: string, url: string) => void };
  addEventListener: (type: 'hashchange', listener: () => void) => void;
  removeEventListener: (type: 'hashchange', listener: () => void) => void;
}

/** View options every link to this view carries: the comparison, while the compare view is open. */
export function sharedViewParams(s: ExplorerState): ViewParams {
  return s.mode === 'compare' ? { compare: compareLinkParam(s.compare.spec) } : {};
}

/**
 * View options that differ from the defaults. The step is in the hash, so it never stays in the
 * query (where it would win over the hash on the next reload), except when there is no hash.
 */
export function syncedViewParams(s: ExplorerState): ViewParams {
  return {
    ...sharedViewParams(s),
    ...(s.loop && { loop: s.loop }),
    ...(s.speed !== 1 && { speed: s.speed }),
    ...(s.theme === 'dark' && { theme: 'dark' }),
    ...(s.embed && { embed: true }),
    ...(!s.showControls && { controls: false }),
    ...(s.mode === 'quiz' && { quiz: true }),
  };
}

/** Without a hash the step goes in the query, where boot applies it over the autosave. */
const withStep = (params: ViewParams, s: ExplorerState): ViewParams =>
  s.step !== 0 ? { step: s.step, ...params } : params;

/**
 * The link a person shares: page address, the comparison (in compare mode) and the scenario hash;
 * not the viewer's own options (theme, speed, embed). A scenario too big for a link gives the view alone.
 */
export function shareUrlOf(
  s: ExplorerState,
  location: { origin: string; pathname: string },
  encoder: LinkEncoder = createLinkEncoder(),
): ShareLink {
  const base = `${location.origin}${location.pathname}`;
  const packed = encoder.linkNow(s.scenario, linkViewOf(s));
  if (packed.kind === 'too-long')
    return { kind: 'too-long', url: `${base}${buildViewParams(withStep(sharedViewParams(s), s))}` };
  return { kind: 'link', url: `${base}${buildViewParams(sharedViewParams(s))}${packed.hash}` };
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
  'compare',
];

export interface UrlSyncOptions {
  scheduler?: Scheduler;
  idle?: IdleScheduler;
  delay?: number;
  /** Shared with the share link, so a scenario is packed once for both. */
  encoder?: LinkEncoder;
}

function showTooLong(store: StoreApi<ExplorerState>) {
  store.getState().showNotice({
    id: LINK_TOO_LONG_NOTICE,
    tone: 'info',
    text: `This scenario is too big for a link (links hold at most ${withThousands(MAX_LINK_LENGTH)} characters), so the address keeps only the view; it is autosaved in this browser. To share it or keep a copy, export a file.`,
    offer: 'export-scenario',
  });
}

/**
 * Keeps the address bar on what is shown (history.replaceState, a moment after the last change, as
 * the TypeScript playground does) and publishes the share link's length. A scenario is packed
 * once: a step, selection or panel change repacks only the view; a big changed scenario is packed
 * in idle time, and one too big for a link leaves the hash out. A link pasted into the address
 * bar of this tab changes only the hash: the page reloads to open it.
 */
export function startUrlSync(store: StoreApi<ExplorerState>, bar: AddressBar, options: UrlSyncOptions = {}) {
  const {
    scheduler = browserScheduler,
    idle = browserIdle,
    delay = URL_SYNC_DELAY_MS,
    encoder = createLinkEncoder(),
  } = options;
  let timer: unknown = null;
  let cancelIdle: (() => void) | null = null;
  let written = bar.location.hash;
  /** The scenario the too-long notice was shown for: once per scenario, not again after a dismiss. */
  let noticed: ExplorerState['scenario'] | null = null;

  const replace = (url: string) => {
    if (`${bar.location.pathname}${bar.location.search}${bar.location.hash}` !== url) {
      bar.history.replaceState(bar.history.state, '', url);
    }
  };

  /** The address without a hash (the step in the query): while packing, and for a scenario too big for a link. */
  const viewOnlyAddress = (s: ExplorerState) =>
    `${bar.location.pathname}${buildViewParams(withStep(syncedViewParams(s), s))}`;

  let leaving = false;
  const write = (now: boolean) => {
    timer = null;
    cancelIdle?.();
    cancelIdle = null;
    if (leaving) return;
    const s = store.getState();
    const packing = encoder.packingOf(s.scenario);
    if (!packing.done && !now && s.scenario.ops.length > SYNC_PACK_OPS) {
      // Meanwhile the address must not name the scenario that was there before.
      written = '';
      replace(viewOnlyAddress(s));
      cancelIdle = runWhenIdle(
        idle,
        (more) => packing.work(more),
        () => {
          cancelIdle = null;
          write(false);
        },
      );
      return;
    }
    const packed = packing.link(linkViewOf(s));
    if (packed.kind === 'too-long') {
      written = '';
      replace(viewOnlyAddress(s));
      if (!s.linkTooLong || s.linkLength !== null) s.setLinkLength(null, true);
      if (noticed !== s.scenario) showTooLong(store);
      noticed = s.scenario;
      return;
    }
    written = packed.hash;
    replace(`${bar.location.pathname}${buildViewParams(syncedViewParams(s))}${packed.hash}`);
    if (noticed !== null) {
      noticed = null;
      s.dismissNotice(LINK_TOO_LONG_NOTICE);
    }
    const length =
      bar.location.origin.length +
      bar.location.pathname.length +
      buildViewParams(sharedViewParams(s)).length +
      packed.hash.length;
    if (s.linkLength !== length || s.linkTooLong) s.setLinkLength(length);
  };

  const schedule = () => {
    if (timer !== null) scheduler.clearTimeout(timer);
    timer = scheduler.setTimeout(() => write(false), delay);
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
    cancelIdle?.();
    bar.location.reload();
  };
  bar.addEventListener('hashchange', onHashChange);
  schedule();

  return {
    /** Writes a pending change now, packing a big scenario at once if need be (the page is going). */
    flush: () => {
      if (timer === null && cancelIdle === null) return;
      if (timer !== null) scheduler.clearTimeout(timer);
      write(true);
    },
    stop: () => {
      unsubscribe();
      bar.removeEventListener('hashchange', onHashChange);
      if (timer !== null) scheduler.clearTimeout(timer);
      cancelIdle?.();
    },
  };
}
