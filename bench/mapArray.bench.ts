/**
 * Browser benchmark of the map-array view (`npm run bench:maparray`): builds the app, serves it
 * with `vite preview`, opens the struct-kfree hazard preset where chunk 2's map is a 2,048-entry
 * array (steps 1024–2047), and times a step (keydown to the next frame) with the map-array
 * panel open and with it closed. mapArray2048Ms is the difference: what drawing the 2,048-entry
 * array adds to a step (target ≤ 50). The last line is one JSON object.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { startPreview } from './previewServer';
import { median, round } from './stats';

const PORT = Number(process.env.BENCH_PORT ?? 4182);
const OUT_DIR = 'bench-out/maparray-dist';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAZARD = 'Both latent bugs: leaked maps and a kfree’d vmalloc struct';
/** A step where chunk 2's map has 2,048 entries, about 1,500 of them used. */
const STEP = 1500;

/** Median of keydown → next frame over alternating → and ← (each step redraws the array). */
async function stepMs(page: Page): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) {
    runs.push(
      await page.evaluate(
        (key) =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          }),
        i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft',
      ),
    );
  }
  return median(runs.slice(3));
}

async function main(): Promise<void> {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}`);
  const server = await startPreview(OUT_DIR, PORT);
  try {
    const browser = await chromium.launch({ executablePath });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(server.base);
    await page.getByLabel('Preset').selectOption({ label: HAZARD });
    await page.getByRole('slider', { name: 'Step' }).fill(String(STEP));
    const list = page.getByRole('list', { name: 'Map entries of chunk 2' });
    await list.waitFor();
    const capacity = Number(await list.getAttribute('data-capacity'));
    if (capacity !== 2048) throw new Error(`expected a 2,048-entry map at step ${STEP}, got ${capacity}`);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const withArray = await stepMs(page);
    const toggle = page.locator('[data-panel="maparray"] .panel-title button');
    await toggle.click();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const withoutArray = await stepMs(page);
    await browser.close();
    const result = {
      mapArray2048Ms: round(Math.max(0, withArray - withoutArray)),
      stepWithMapArrayMs: round(withArray),
      stepWithoutMapArrayMs: round(withoutArray),
    };
    console.log(`${'drawing a 2,048-entry map array'.padEnd(40)} ${`${result.mapArray2048Ms} ms`.padStart(12)}  ≤ 50 ms`);
    console.log(JSON.stringify(result));
  } finally {
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:maparray failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
