import { MAX_OPS } from '../scenario/defaults';
import { shorten, withThousands } from './describeValue';
import { isWholeNumberText } from '../scenario/wholeNumber';

/**
 * View-only query parameters (`?step=12&theme=dark&embed=1`). They change how a scenario is shown,
 * never the scenario itself, so a bad one is reported and skipped while the rest still apply.
 */
export type Theme = 'light' | 'dark';

export interface ViewParams {
  step?: number;
  theme?: Theme;
  /** embed=1: the chrome-less embedded player. */
  embed?: boolean;
  /** controls=0 hides the playback controls. */
  controls?: boolean;
  /** loop=a..b replays steps a through b. */
  loop?: { from: number; to: number };
  /** Playback speed multiplier, 0.25..16. */
  speed?: number;
  /** quiz=1: predict-the-next-step mode. */
  quiz?: boolean;
  /** autoplay=0: a link with a loop opens paused. */
  autoplay?: boolean;
  /** lecture=N (or 1): open the scenario's lecture at stop N, presentation layout on. */
  lecture?: number;
  /** Kept as given; its meaning belongs to the compare view. */
  compare?: string;
}

export interface ViewParamsRead {
  params: ViewParams;
  problems: string[];
}

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 16;
export const MAX_COMPARE_LENGTH = 65536;
/** Matches the lecture schema's stop cap (src/scenario/lectureSchema.ts). */
export const MAX_LECTURE_STOP = 200;

const shown = (raw: string) => (raw === '' ? 'nothing' : shorten(raw, 24));
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

type Reader = (raw: string, params: ViewParams) => string | null;

function flag(name: 'embed' | 'controls' | 'quiz' | 'autoplay'): Reader {
  return (raw, params) => {
    // A bare `?embed` means on, as people type it.
    if (raw === '1' || raw === '') params[name] = true;
    else if (raw === '0') params[name] = false;
    else return `${name}: must be 1 or 0 (got ${shown(raw)})`;
    return null;
  };
}

function stepNumber(raw: string): number | null {
  if (!isWholeNumberText(raw, 9)) return null;
  const n = Number(raw);
  return n <= MAX_OPS ? n : null;
}

const READERS: Record<keyof ViewParams, Reader> = {
  step: (raw, params) => {
    const n = stepNumber(raw);
    if (n === null) return `step: must be a whole number from 0 to ${withThousands(MAX_OPS)} (got ${shown(raw)})`;
    params.step = n;
    return null;
  },
  theme: (raw, params) => {
    if (raw !== 'light' && raw !== 'dark') return `theme: must be light or dark (got ${shown(raw)})`;
    params.theme = raw;
    return null;
  },
  embed: flag('embed'),
  controls: flag('controls'),
  quiz: flag('quiz'),
  autoplay: flag('autoplay'),
  lecture: (raw, params) => {
    // A bare `?lecture` opens the first stop, as people type it.
    const n = raw === '' ? 1 : isWholeNumberText(raw, 9) ? Number(raw) : 0;
    if (n < 1 || n > MAX_LECTURE_STOP)
      return `lecture: must be a stop number from 1 to ${MAX_LECTURE_STOP} (got ${shown(raw)})`;
    params.lecture = n;
    return null;
  },
  loop: (raw, params) => {
    const m = /^(\d+)\.\.(\d+)$/.exec(raw);
    const from = m ? stepNumber(m[1]!) : null;
    const to = m ? stepNumber(m[2]!) : null;
    if (from === null || to === null) return `loop: expected two steps like 3..10 (got ${shown(raw)})`;
    if (from > to) return `loop: the start (${from}) is after the end (${to})`;
    params.loop = { from, to };
    return null;
  },
  speed: (raw, params) => {
    if (!DECIMAL.test(raw)) return `speed: must be a number from ${MIN_SPEED} to ${MAX_SPEED} (got ${shown(raw)})`;
    const n = Number(raw);
    if (n < MIN_SPEED || n > MAX_SPEED)
      return `speed: must be between ${MIN_SPEED} and ${MAX_SPEED} (got ${shown(raw)})`;
    params.speed = n;
    return null;
  },
  compare: (raw, params) => {
    if (raw.length > MAX_COMPARE_LENGTH) {
      return `compare: too long (${withThousands(raw.length)} characters; at most ${withThousands(MAX_COMPARE_LENGTH)})`;
    }
    params.compare = raw;
    return null;
  },
};

const isKnown = (key: string): key is keyof ViewParams => Object.hasOwn(READERS, key);

/**
 * Parses `location.search` (with or without '?'). Never throws. Unknown parameters (utm_source, ...)
 * are ignored; a repeated one keeps its first value. '+' is kept as '+', not read as a space:
 * `compare` may hold link text, whose alphabet includes '+'.
 */
export function parseViewParams(search: string): ViewParamsRead {
  const params: ViewParams = {};
  const problems: string[] = [];
  if (typeof search !== 'string') return { params, problems };
  const seen = new Set<string>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq));
    if (key === null || !isKnown(key)) continue;
    if (seen.has(key)) {
      problems.push(`${key}: given more than once; the first value is used`);
      continue;
    }
    seen.add(key);
    const raw = safeDecode(eq < 0 ? '' : part.slice(eq + 1));
    if (raw === null) {
      problems.push(`${key}: not properly %-encoded`);
      continue;
    }
    const problem = READERS[key](raw, params);
    if (problem) problems.push(problem);
  }
  return { params, problems };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const ORDER: (keyof ViewParams)[] = [
  'step',
  'loop',
  'autoplay',
  'speed',
  'theme',
  'embed',
  'controls',
  'quiz',
  'lecture',
  'compare',
];

function valueText(key: keyof ViewParams, params: ViewParams): string | null {
  const v = params[key];
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (key === 'loop') return `${params.loop!.from}..${params.loop!.to}`;
  return encodeURIComponent(String(v));
}

/** Builds `?step=3&theme=dark...`, or '' when nothing is set. Values are not validated here. */
export function buildViewParams(params: ViewParams): string {
  const parts: string[] = [];
  for (const key of ORDER) {
    const text = valueText(key, params);
    if (text !== null) parts.push(`${key}=${text}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
