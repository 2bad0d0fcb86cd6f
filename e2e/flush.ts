import type { Locator, Page } from '@playwright/test';

declare global {
  interface Window {
    /** Installed by the page when a test browser drives it (src/store/persistence/testFlush.ts). */
    __percpuFlush?: () => Promise<void>;
  }
}

/**
 * Writes the pending autosave and address now and waits until storage (IndexedDB too) has them:
 * what the page does on pagehide, instead of sleeping past the autosave and address delays.
 */
export async function flushPersistence(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.__percpuFlush === 'function');
  await page.evaluate(() => window.__percpuFlush!());
}

/**
 * The values a range input takes over the next `frames` animation frames. Playback advances once
 * per frame at most, so this watches it for a while without a fixed sleep.
 */
export async function valuesOverFrames(input: Locator, frames: number): Promise<number[]> {
  return input.evaluate(
    (el, count) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const tick = () => {
          seen.push(Number((el as HTMLInputElement).value));
          if (seen.length >= count) resolve(seen);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
}
