import { isWholeNumberText } from '../scenario/wholeNumber';
/** Frames per second of an exported animation; "frames per step" is counted in these. */
export const ANIMATION_FPS = 10;
export const MAX_ANIMATION_STEPS = 300;
export const MAX_FRAMES_PER_STEP = 60;
export const DEFAULT_FRAMES_PER_STEP = 5;

export interface AnimationInput {
  from: string;
  to: string;
  frames: string;
}

export type AnimationField = keyof AnimationInput;

export type AnimationCheck =
  | { ok: true; from: number; to: number; framesPerStep: number }
  | { ok: false; errors: Partial<Record<AnimationField, string>> };

/** A whole number in [min, max] or the reason it is not, naming the field. */
function whole(label: string, raw: string, min: number, max: number): number | string {
  if (raw.trim() === '') return `${label}: enter a whole number from ${min} to ${max}`;
  if (!isWholeNumberText(raw.trim()))
    return `${label}: must be a whole number from ${min} to ${max} (got “${raw.trim().slice(0, 20)}”)`;
  const n = Number(raw);
  if (n < min || n > max) return `${label}: must be from ${min} to ${max} (got ${n})`;
  return n;
}

/**
 * Checks the animation form against the timeline's step count (steps run 0..length). The
 * range is inclusive: from 3 to 5 is three pictures.
 */
export function checkAnimationRange(input: AnimationInput, length: number): AnimationCheck {
  const errors: Partial<Record<AnimationField, string>> = {};
  const from = whole('From step', input.from, 0, length);
  const to = whole('To step', input.to, 0, length);
  const frames = whole('Frames per step', input.frames, 1, MAX_FRAMES_PER_STEP);
  if (typeof from === 'string') errors.from = from;
  if (typeof to === 'string') errors.to = to;
  if (typeof frames === 'string') errors.frames = frames;
  if (typeof from === 'number' && typeof to === 'number') {
    if (to < from) errors.to = `To step: must not be before the from step (${from})`;
    else if (to - from + 1 > MAX_ANIMATION_STEPS) {
      errors.to = `To step: at most ${MAX_ANIMATION_STEPS} steps per animation (from ${from}, so up to ${from + MAX_ANIMATION_STEPS - 1})`;
    }
  }
  if (
    Object.keys(errors).length > 0 ||
    typeof from !== 'number' ||
    typeof to !== 'number' ||
    typeof frames !== 'number'
  ) {
    return { ok: false, errors };
  }
  return { ok: true, from, to, framesPerStep: frames };
}

/** The steps an animation shows, in order. */
export function stepsInRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** How long each step stays on screen, in milliseconds. */
export function stepDurationMs(framesPerStep: number, fps = ANIMATION_FPS): number {
  return (framesPerStep * 1000) / fps;
}
