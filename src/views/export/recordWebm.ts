import type { StoreApi } from 'zustand/vanilla';
import type { ExplorerState } from '../../store/types';
import { ANIMATION_FPS, stepsInRange } from '../../export/animationRange';
import { composeExport, type ExportedSvg } from './composeExport';
import { afterNextPaint, wait } from './nextPaint';
import type { PageClock } from '../../store/clock';
import { drawFitted, loadSvgImage } from './rasterize';
import { evenPixels, rasterScale } from '../../export/stackLayout';
import { exportMeta } from './exportMeta';

export type WebmSupport = { ok: true; mimeType: string } | { ok: false; reason: string };

const WEBM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
/** Video frames are at most this wide or tall (1080p-class), whatever the on-screen size. */
const MAX_VIDEO_SIDE = 1920;

/** Whether this browser can record a canvas as WebM, and the reason when it cannot. */
export function webmSupport(): WebmSupport {
  if (typeof MediaRecorder === 'undefined') {
    return {
      ok: false,
      reason: 'This browser has no MediaRecorder, so it cannot record a video. Export SVG or PNG stills instead.',
    };
  }
  if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') {
    return {
      ok: false,
      reason: 'This browser cannot record a canvas (no captureStream). Export SVG or PNG stills instead.',
    };
  }
  const mimeType = WEBM_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
  return mimeType
    ? { ok: true, mimeType }
    : { ok: false, reason: 'This browser cannot record WebM video. Export SVG or PNG stills instead.' };
}

export interface AnimationProgress {
  phase: 'render' | 'record';
  done: number;
  total: number;
  step: number;
}

export interface AnimationJob {
  store: StoreApi<ExplorerState>;
  from: number;
  to: number;
  framesPerStep: number;
  signal: AbortSignal;
  /** Frames and timers (the page's, injected). */
  clock: PageClock;
  onProgress: (p: AnimationProgress) => void;
}

export type AnimationResult =
  { kind: 'done'; blob: Blob } | { kind: 'failed'; message: string } | { kind: 'cancelled' };

/** Shows each step in turn and keeps its chunk-map picture; the step the person was on comes back after. */
async function renderSteps(job: AnimationJob): Promise<ExportedSvg[] | string | null> {
  const { store, signal } = job;
  const original = store.getState().step;
  if (store.getState().playing) store.getState().setPlaying(false);
  const steps = stepsInRange(job.from, job.to);
  const pictures: ExportedSvg[] = [];
  try {
    for (const [i, k] of steps.entries()) {
      if (signal.aborted) return null;
      job.onProgress({ phase: 'render', done: i, total: steps.length, step: k });
      store.getState().setStep(k);
      await afterNextPaint(job.clock);
      const result = composeExport('chunks', exportMeta(store.getState()));
      if (!result.ok) return result.message;
      pictures.push(result.svg);
    }
    return pictures;
  } finally {
    store.getState().setStep(original);
  }
}

/**
 * The chunk maps of steps from..to as a WebM video: every step is drawn, then the pictures are
 * played onto a canvas that MediaRecorder records, each held for framesPerStep frames.
 */
export async function recordAnimation(job: AnimationJob): Promise<AnimationResult> {
  const support = webmSupport();
  if (!support.ok) return { kind: 'failed', message: support.reason };
  const pictures = await renderSteps(job);
  if (pictures === null || job.signal.aborted) return { kind: 'cancelled' };
  if (typeof pictures === 'string') return { kind: 'failed', message: pictures };

  const maxW = Math.max(...pictures.map((p) => p.width));
  const maxH = Math.max(...pictures.map((p) => p.height));
  const scale = rasterScale(maxW, maxH, 2, MAX_VIDEO_SIDE);
  const canvas = document.createElement('canvas');
  canvas.width = evenPixels(maxW * scale);
  canvas.height = evenPixels(maxH * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return { kind: 'failed', message: 'This browser cannot draw on a canvas, so it cannot record a video.' };
  const background = getComputedStyle(document.body).backgroundColor || '#ffffff';

  let first: HTMLImageElement;
  try {
    first = await loadSvgImage(pictures[0]!.text);
  } catch {
    return { kind: 'failed', message: 'The browser could not draw the chunk-map picture for the video.' };
  }
  drawFitted(ctx, first, pictures[0]!.width, pictures[0]!.height, background);
  const stream = canvas.captureStream(ANIMATION_FPS);
  const recorder = new MediaRecorder(stream, { mimeType: support.mimeType, videoBitsPerSecond: 4_000_000 });
  const data: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) data.push(e.data);
  };
  const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
  recorder.start(500);
  const frameMs = 1000 / ANIMATION_FPS;
  let failure: string | null = null;
  try {
    let next: Promise<HTMLImageElement> = Promise.resolve(first);
    for (const [i, picture] of pictures.entries()) {
      if (job.signal.aborted) break;
      const img = await next;
      // Decode the next picture while this one is on screen.
      if (i + 1 < pictures.length) next = loadSvgImage(pictures[i + 1]!.text);
      job.onProgress({ phase: 'record', done: i, total: pictures.length, step: job.from + i });
      for (let f = 0; f < job.framesPerStep && !job.signal.aborted; f++) {
        drawFitted(ctx, img, picture.width, picture.height, background);
        await wait(job.clock, frameMs, job.signal);
      }
    }
  } catch {
    failure = 'The browser could not draw a chunk-map picture for the video.';
  } finally {
    if (recorder.state !== 'inactive') recorder.stop();
    await stopped;
    stream.getTracks().forEach((t) => t.stop());
  }
  if (failure !== null) return { kind: 'failed', message: failure };
  if (job.signal.aborted) return { kind: 'cancelled' };
  const blob = new Blob(data, { type: 'video/webm' });
  if (blob.size === 0)
    return { kind: 'failed', message: 'The browser recorded an empty video; try again or export stills.' };
  return { kind: 'done', blob };
}
