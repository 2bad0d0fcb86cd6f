import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Export on the default preset (SLUB bootstrap, allocator.md §11 Example 9): after step 17
 * (op 16, the fifteenth 24-byte kmem_cache_cpu allocation) there are two live chunks, the
 * reserved chunk 0 and the first chunk 1.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];

interface SvgFacts {
  parsed: boolean;
  root: string;
  width: number;
  caption: string | null;
  rows: { id: string | null; paths: number; styles: string[] }[];
  missingRefs: string[];
  hasVar: boolean;
  hasClass: boolean;
}

/** Parses the exported SVG in the page, as an SVG viewer would. */
function svgFacts(page: Page, text: string): Promise<SvgFacts> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
    const refs = [...source.matchAll(/url\(\s*(?:&quot;|["'])?#([^"')&\s]+)/g)].map((m) => m[1]!);
    return {
      parsed: doc.querySelector('parsererror') === null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute('width')),
      caption: doc.querySelector('[data-role="caption"]')?.textContent ?? null,
      rows: [...doc.querySelectorAll('g[data-chunk-id]')].map((g) => ({
        id: g.getAttribute('data-chunk-id'),
        paths: g.querySelectorAll('path').length,
        styles: [...g.querySelectorAll('path')].map((p) => p.getAttribute('style') ?? ''),
      })),
      missingRefs: refs.filter((id) => !ids.has(id)),
      hasVar: source.includes('var(--'),
      hasClass: /\sclass=/.test(source),
    };
  }, text);
}

test.describe('export', () => {
  test('chunk maps as SVG: a standalone document with every chunk row, its caption and theme colours', async ({
    page,
    app,
    stepper,
    chunkMaps,
    exporter,
  }) => {
    await app.open();
    await stepper.nextSteps(17);
    await expect(stepper.count()).toHaveText('step 17 of 43');
    const title = 'SLUB bootstrap on a 4-CPU x86_64 box';

    const { name, bytes } = await exporter.file('Chunk maps as SVG');
    expect(name).toBe('percpu-step-17.svg');
    expect(bytes.length).toBeGreaterThan(1000);
    const text = bytes.toString('utf8');
    expect(text.startsWith('<?xml') || text.startsWith('<svg')).toBe(true);
    expect(text).toContain(`${title} — step 17 of 43`);

    const facts = await svgFacts(page, text);
    expect(facts.parsed).toBe(true);
    expect(facts.root).toBe('svg');
    expect(facts.caption).toBe(`${title} — step 17 of 43`);
    // One group per on-screen chunk row (chunks 0 and 1), each with its area-map paths.
    await expect(chunkMaps.rows()).toHaveCount(2);
    expect(facts.rows.map((r) => r.id)).toEqual(['0', '1']);
    for (const row of facts.rows) expect(row.paths).toBeGreaterThan(0);
    // Free space is painted with the light theme's --free (#e8eef3), resolved to a colour.
    expect(facts.rows[1]!.styles.some((s) => s.startsWith('fill:rgb(232, 238, 243)'))).toBe(true);
    // Patterns are carried along; nothing depends on the page's stylesheet.
    expect(facts.missingRefs).toEqual([]);
    expect(text).toContain('<pattern');
    expect(facts.hasVar).toBe(false);
    expect(facts.hasClass).toBe(false);
    await expect(exporter.panel().getByTestId('still-message')).toHaveText(/^Saved percpu-step-17\.svg/);
  });

  test('the SVG takes the colours of the current theme', async ({ page, app, exporter }) => {
    await app.open();
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    const { bytes } = await exporter.file('Chunk maps as SVG');
    const facts = await svgFacts(page, bytes.toString('utf8'));
    // Dark theme: --free is #1f2a36 and the page background #0d1117.
    expect(facts.rows[1]!.styles.some((s) => s.startsWith('fill:rgb(31, 42, 54)'))).toBe(true);
    expect(bytes.toString('utf8')).toContain('fill="rgb(13, 17, 23)"');
  });

  test('chunk maps as PNG: a PNG file at twice the SVG size', async ({ page, app, stepper, exporter }) => {
    await app.open();
    await stepper.nextSteps(3);
    const svg = await exporter.file('Chunk maps as SVG');
    const svgWidth = (await svgFacts(page, svg.bytes.toString('utf8'))).width;
    const { name, bytes } = await exporter.file('Chunk maps as PNG');
    expect(name).toBe('percpu-step-3.png');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.length).toBeGreaterThan(1000);
    // IHDR: width is the big-endian word at byte 16.
    expect(bytes.readUInt32BE(16)).toBe(2 * svgWidth);
  });

  test('unit layout as SVG: the units of the first chunk with their CPUs', async ({ page, app, exporter }) => {
    await app.open();
    const { name, bytes } = await exporter.file('Unit layout as SVG');
    expect(name).toBe('percpu-units-step-0.svg');
    const text = bytes.toString('utf8');
    const facts = await svgFacts(page, text);
    expect(facts.parsed).toBe(true);
    expect(facts.caption).toBe('SLUB bootstrap on a 4-CPU x86_64 box — step 0 of 43');
    // Four CPUs, one unit each (allocator.md §12, SLUB bootstrap preset).
    for (const unit of ['u0', 'u1', 'u2', 'u3']) expect(text).toContain(`>${unit}</text>`);
    for (const cpu of ['CPU 0', 'CPU 3']) expect(text).toContain(`>${cpu}</text>`);
    expect(facts.missingRefs).toEqual([]);
  });

  test('says why when the chunk maps are not on screen', async ({ app, exporter }) => {
    await app.open();
    await app.panel('chunks').getByRole('button', { name: 'Chunk area maps' }).click();
    await exporter.openMenu();
    await exporter.panel().getByRole('button', { name: 'Chunk maps as SVG', exact: true }).click();
    await expect(exporter.panel().getByRole('alert')).toContainText('No chunk maps on screen');
  });

  test('WebM of a 3-step range: a non-empty video, then back at the step shown before', async ({
    page,
    app,
    stepper,
    exporter,
  }) => {
    // Recording runs in real time frame by frame, so a busy machine stretches it past the default timeout.
    test.slow();
    await app.open();
    await stepper.nextSteps(5);
    await exporter.openMenu();
    await exporter.animationField('From step').fill('2');
    await exporter.animationField('To step').fill('4');
    await exporter.animationField('Frames per step').fill('2');
    const canRecord = await page.evaluate(
      () => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm'),
    );
    if (!canRecord) {
      await expect(exporter.panel().getByTestId('webm-unsupported')).toContainText('cannot record');
      await expect(exporter.panel().getByRole('button', { name: 'Record WebM' })).toBeDisabled();
      return;
    }
    const { name, bytes } = await exporter.file('Record WebM');
    expect(name).toBe('percpu-steps-2-4.webm');
    expect([...bytes.subarray(0, 4)]).toEqual(EBML_MAGIC);
    expect(bytes.length).toBeGreaterThan(1000);
    await expect(exporter.panel().getByTestId('webm-message')).toHaveText(/^Saved percpu-steps-2-4\.webm/);
    await expect(stepper.count()).toHaveText('step 5 of 43');
  });

  test('WebM form: each bad value gets its own message', async ({ app, exporter }) => {
    await app.open();
    await exporter.openMenu();
    await exporter.animationField('From step').fill('9');
    await exporter.animationField('To step').fill('3');
    await exporter.animationField('Frames per step').fill('0');
    await exporter.panel().getByRole('button', { name: 'Record WebM' }).click();
    await expect(exporter.panel()).toContainText('To step: must not be before the from step (9)');
    await expect(exporter.panel()).toContainText('Frames per step: must be from 1 to 60 (got 0)');
    await expect(exporter.animationField('To step')).toHaveAttribute('aria-invalid', 'true');
    await exporter.animationField('From step').fill('');
    await exporter.animationField('To step').fill('99');
    await exporter.panel().getByRole('button', { name: 'Record WebM' }).click();
    await expect(exporter.panel()).toContainText('From step: enter a whole number from 0 to 43');
    await expect(exporter.panel()).toContainText('To step: must be from 0 to 43 (got 99)');
  });

  test('WebM export can be cancelled and returns to the step shown before', async ({
    page,
    app,
    stepper,
    exporter,
  }) => {
    await app.open();
    await stepper.nextSteps(7);
    await exporter.openMenu();
    await exporter.animationField('From step').fill('0');
    await exporter.animationField('To step').fill('43');
    await exporter.animationField('Frames per step').fill('30');
    const canRecord = await page.evaluate(() => typeof MediaRecorder !== 'undefined');
    if (!canRecord) {
      await expect(exporter.panel().getByRole('button', { name: 'Record WebM' })).toBeDisabled();
      return;
    }
    await exporter.panel().getByRole('button', { name: 'Record WebM' }).click();
    await expect(exporter.panel().getByTestId('webm-progress')).toBeVisible();
    await expect(exporter.panel().getByRole('progressbar', { name: 'Video export progress' })).toBeVisible();
    await exporter.panel().getByRole('button', { name: 'Cancel' }).click();
    await expect(exporter.panel().getByTestId('webm-message')).toContainText('cancelled');
    await expect(stepper.count()).toHaveText('step 7 of 43');
  });
});
