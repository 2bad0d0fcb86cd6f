import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ANIMATION_FPS,
  checkAnimationRange,
  MAX_ANIMATION_STEPS,
  MAX_FRAMES_PER_STEP,
  stepDurationMs,
  stepsInRange,
} from './animationRange';

const input = (from: string, to: string, frames = '5') => ({ from, to, frames });

describe('checkAnimationRange', () => {
  it('accepts an inclusive range inside the timeline', () => {
    expect(checkAnimationRange(input('2', '4'), 43)).toEqual({ ok: true, from: 2, to: 4, framesPerStep: 5 });
    expect(checkAnimationRange(input('0', '43', '1'), 43)).toEqual({ ok: true, from: 0, to: 43, framesPerStep: 1 });
    expect(checkAnimationRange(input(' 7 ', '7'), 43)).toEqual({ ok: true, from: 7, to: 7, framesPerStep: 5 });
  });

  it('names the field and the reason for each bad value', () => {
    const r = checkAnimationRange(input('', 'x1', '0'), 43);
    expect(r).toEqual({
      ok: false,
      errors: {
        from: 'From step: enter a whole number from 0 to 43',
        to: 'To step: must be a whole number from 0 to 43 (got “x1”)',
        frames: `Frames per step: must be from 1 to ${MAX_FRAMES_PER_STEP} (got 0)`,
      },
    });
  });

  it('rejects steps past the end of the timeline and fractional or negative numbers', () => {
    const r = checkAnimationRange(input('44', '-1', '2.5'), 43);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.from).toBe('From step: must be from 0 to 43 (got 44)');
    expect(r.errors.to).toBe('To step: must be a whole number from 0 to 43 (got “-1”)');
    expect(r.errors.frames).toBe(
      `Frames per step: must be a whole number from 1 to ${MAX_FRAMES_PER_STEP} (got “2.5”)`,
    );
  });

  it('rejects a range that runs backwards', () => {
    expect(checkAnimationRange(input('9', '3'), 43)).toEqual({
      ok: false,
      errors: { to: 'To step: must not be before the from step (9)' },
    });
  });

  it('caps the number of steps in one animation', () => {
    const r = checkAnimationRange(input('0', String(MAX_ANIMATION_STEPS)), 1000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.to).toContain(`at most ${MAX_ANIMATION_STEPS} steps`);
    expect(checkAnimationRange(input('1', String(MAX_ANIMATION_STEPS)), 1000).ok).toBe(true);
  });

  it('accepts exactly the ranges 0 ≤ from ≤ to ≤ length within the cap (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: -5, max: 600 }),
        fc.integer({ min: -5, max: 600 }),
        (length, from, to) => {
          const r = checkAnimationRange(input(String(from), String(to)), length);
          const valid = from >= 0 && to >= from && to <= length && to - from + 1 <= MAX_ANIMATION_STEPS;
          expect(r.ok).toBe(valid);
          if (r.ok) expect(stepsInRange(r.from, r.to)).toHaveLength(to - from + 1);
        },
      ),
    );
  });
});

describe('steps and timing', () => {
  it('lists the steps of an inclusive range', () => {
    expect(stepsInRange(3, 5)).toEqual([3, 4, 5]);
    expect(stepsInRange(4, 4)).toEqual([4]);
    expect(stepsInRange(5, 4)).toEqual([]);
  });

  it('holds each step for its frames at the animation frame rate', () => {
    // 5 frames at 10 frames per second: half a second.
    expect(ANIMATION_FPS).toBe(10);
    expect(stepDurationMs(5)).toBe(500);
    expect(stepDurationMs(3, 30)).toBe(100);
  });
});
