import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LecturePanel } from './pages/LecturePanel';
import { StepperRegion } from './pages/StepperRegion';

/** Lecture mode, lecture authoring (round trip through a link and a file), the glossary, axe. */

const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';

async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(' ')})`);
}

test.describe('lecture mode', () => {
  test('l starts the built-in lecture; → / ← and PageDown / PageUp move between stops; Escape leaves', async ({
    page,
    app,
    stepper,
    log,
    lecture,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await page.keyboard.press('l');
    await expect(lecture.count()).toHaveText('stop 1 of 5');
    await expect(page.locator('.app')).toHaveClass(/\bpresentation\b/);
    await expect(lecture.text()).toHaveAttribute('aria-live', 'polite');
    await expect(lecture.text()).toContainText('128-entry');
    await page.keyboard.press('ArrowRight');
    await expect(lecture.count()).toHaveText('stop 2 of 5');
    await expect(stepper.count()).toHaveText('step 126 of 151');
    await expect(lecture.text()).toContainText('127 of 128');
    await page.keyboard.press('PageDown');
    await expect(lecture.count()).toHaveText('stop 3 of 5');
    await expect(stepper.count()).toHaveText('step 127 of 151');
    await expect(log.lines()).toContainText('WARNING: at mm/percpu.c');
    await page.keyboard.press('PageUp');
    await expect(lecture.count()).toHaveText('stop 2 of 5');
    await page.keyboard.press('ArrowLeft');
    await expect(lecture.count()).toHaveText('stop 1 of 5');
    await expect(stepper.count()).toHaveText('step 0 of 151');
    await lecture.navButton('Next stop').click();
    await expect(lecture.count()).toHaveText('stop 2 of 5');
    await page.keyboard.press('Escape');
    await expect(lecture.panel()).toHaveCount(0);
    await expect(page.locator('.app')).not.toHaveClass(/\bpresentation\b/);
  });

  test('?lecture=N opens a link in lecture mode at stop N, presentation on', async ({
    page,
    context,
    app,
    stepper,
    lecture,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open();
    await app.choosePreset('Workqueue alignment heads');
    await lecture.editorButton('Copy lecture link').click();
    await expect(lecture.editor().getByRole('status')).toContainText('Lecture link copied');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain('?lecture=1#v1.');
    await page.goto(url.replace('lecture=1', 'lecture=3'));
    await expect(lecture.count()).toHaveText('stop 3 of 5');
    await expect(stepper.count()).toHaveText('step 5 of 18');
    await expect(lecture.text()).toContainText('leaving 60 bytes');
    await expect(page.locator('.app')).toHaveClass(/\bpresentation\b/);
    expect(await seriousAxe(page)).toEqual([]);
  });

  test('a lecture stop number past the end shows the last stop and says so', async ({ page, app, lecture }) => {
    await app.open();
    const before = await app.addressHash();
    await app.choosePreset('Workqueue alignment heads');
    await expect.poll(() => app.addressHash()).not.toBe(before);
    const hash = await app.addressHash();
    await page.goto(`/?lecture=99${hash}`);
    await expect(lecture.count()).toHaveText('stop 5 of 5');
    await expect(app.notice('view-params')).toContainText('it has 5 stops; showing the last');
  });

  test('authoring: add stops, write, reorder, delete with undo, then share by link and by file', async ({
    page,
    context,
    app,
    stepper,
    share,
    lecture,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open();
    await expect(lecture.toggle()).toHaveCount(0); // the default preset has no lecture
    await stepper.goToStep(5);
    await lecture.editorButton('Add a stop at step 5').click();
    await lecture.writeStop(1, 'Five ops in: **two marks** and three `kmem_cache_cpu` structs in the [[first chunk]].');
    await stepper.goToStep(18);
    await lecture.editorButton('Add a stop at step 18').click();
    await lecture.writeStop(2, 'Slab is online here.');
    await expect(lecture.stops()).toHaveCount(2);
    await lecture.stopTool(2, 'Move up').click();
    await expect(lecture.stops().first()).toContainText('Stop 1: step 18');
    await lecture.stopTool(1, 'Delete').click();
    await expect(lecture.stops()).toHaveCount(1);
    await page.locator('body').press('Control+z');
    await expect(lecture.stops()).toHaveCount(2);
    await expect(lecture.stops().first()).toContainText('Stop 1: step 18');
    await lecture.stopTool(1, 'Move down').click();
    await expect(lecture.stops().first()).toContainText('Stop 1: step 5');

    // Preview, then share as a link.
    await lecture.editorButton('Preview').first().click();
    await expect(lecture.count()).toHaveText('stop 1 of 2');
    await expect(lecture.text()).toContainText('Five ops in: two marks');
    await page.keyboard.press('Escape');
    await lecture.editorButton('Copy lecture link').click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/\?lecture=1#v2\./);
    const other = await context.newPage();
    await other.goto(url.replace('lecture=1', 'lecture=2'));
    // The link opens in another tab: its regions are built on that page.
    const shared = new LecturePanel(other);
    await expect(shared.count()).toHaveText('stop 2 of 2');
    await expect(shared.text()).toHaveText('Slab is online here.');
    await expect(new StepperRegion(other).count()).toHaveText('step 18 of 43');

    // And as a file: version 2 with the lecture, which opens again.
    const file = await share.download('Export scenario');
    const json = JSON.parse(file.text) as { version: number; lecture: { stops: { step: number; text: string }[] } };
    expect(json.version).toBe(2);
    expect(json.lecture.stops.map((s) => s.step)).toEqual([5, 18]);
    await app.choosePreset(EARLY_SLOTS);
    await share.importFile(file.name, file.text);
    await expect(lecture.stops()).toHaveCount(2);
    await expect(lecture.stopText(1)).toHaveValue(/Five ops in/);
  });
});

test.describe('glossary', () => {
  test('a term is defined on hover and on focus, in lecture text and in the narration; the panel lists them all', async ({
    page,
    app,
    stepper,
    narration,
    lecture,
  }) => {
    await app.open();
    await expect(lecture.glossaryPanel()).toContainText('percpu_init_late');
    await expect(lecture.glossaryPanel()).toContainText('contig hint');
    await app.choosePreset(EARLY_SLOTS);
    await stepper.button('Next failure or warning').click();
    const warn = narration.text().locator('.gl-term[data-term="warn-on-once"]').first();
    await warn.hover();
    await expect(lecture.tip()).toContainText('printed with a stack trace the first time');
    await page.mouse.move(0, 0);
    await expect(lecture.tip()).toHaveCount(0);

    await page.keyboard.press('l');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(lecture.count()).toHaveText('stop 3 of 5');
    const term = lecture.text().locator('.gl-term[data-term="pcpu-mem-alloc"]');
    await term.focus();
    await expect(lecture.tip()).toContainText('helper for its own memory');
    await expect(term).toHaveAttribute('aria-describedby', 'gl-def-pcpu-mem-alloc');
    await term.blur();
    await expect(lecture.tip()).toHaveCount(0);
  });
});

test.describe('axe in lecture and presentation modes', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`lecture and presentation modes have no serious or critical violations (${theme})`, async ({
      page,
      app,
      stepper,
      lecture,
    }) => {
      test.setTimeout(90_000); // two full axe runs
      await app.open();
      if (theme === 'dark') await page.getByRole('button', { name: /switch to dark theme/i }).click();
      await app.choosePreset(EARLY_SLOTS);
      await page.keyboard.press('p');
      await stepper.button('Next failure or warning').click();
      expect(await seriousAxe(page)).toEqual([]);
      await page.keyboard.press('l');
      await page.keyboard.press('PageDown');
      await expect(lecture.count()).toHaveText('stop 2 of 5');
      expect(await seriousAxe(page)).toEqual([]);
    });
  }
});

test.describe('lecture focus zoom', () => {
  const axis = (page: Page) => page.getByRole('img', { name: /^Unit offsets / });

  test('a stop with an offset range zooms the chunk map to it; leaving gives the zoom back', async ({
    page,
    app,
    stepper,
    lecture,
  }) => {
    await app.open();
    await app.choosePreset('Workqueue alignment heads');
    await page.keyboard.press('l');
    await expect(lecture.count()).toHaveText('stop 1 of 5');
    await page.keyboard.press('PageDown');
    await expect(lecture.count()).toHaveText('stop 2 of 5');
    await expect(stepper.count()).toHaveText('step 4 of 18');
    // The built-in stop's focus: chunk 1, offsets 90880 to 91904.
    await expect(axis(page)).toHaveAttribute('aria-label', 'Unit offsets 90880 to 91904 bytes');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(lecture.count()).toHaveText('stop 5 of 5');
    await expect(stepper.count()).toHaveText('step 17 of 18');
    await expect(axis(page)).toHaveAttribute('aria-label', 'Unit offsets 90880 to 92160 bytes');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Whole unit', exact: true }).click();
    await expect(axis(page)).toHaveAttribute('aria-label', /^Unit offsets 0 to \d+ bytes$/);
  });

  test('"stop here" captures the zoom window as the stop’s focus, and preview zooms back to it', async ({
    page,
    app,
    stepper,
    lecture,
  }) => {
    await app.open();
    await stepper.goToStep(5);
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    await zoomIn.click();
    await zoomIn.click();
    const label = (await axis(page).getAttribute('aria-label')) ?? '';
    const [, from, to] = /^Unit offsets (\d+) to (\d+) bytes$/.exec(label) ?? [];
    expect(Number(to) - Number(from)).toBeGreaterThan(0);
    await lecture.editorButton('Add a stop at step 5').click();
    await expect(lecture.stops().first()).toContainText(new RegExp(`zooms to chunk \\d+ offsets ${from}–${to}`));
    await page.getByRole('button', { name: 'Whole unit', exact: true }).click();
    await expect(axis(page)).toHaveAttribute('aria-label', /^Unit offsets 0 to /);
    await lecture.stopTool(1, 'Preview').click();
    await expect(lecture.count()).toHaveText('stop 1 of 1');
    await expect(axis(page)).toHaveAttribute('aria-label', `Unit offsets ${from} to ${to} bytes`);
  });
});

test.describe('glossary in chunk rows and the map-slot gauge', () => {
  test('the row’s kernel words and the gauge’s are defined on hover and focus; the bar stays a meter', async ({
    page,
    app,
    chunkMaps,
    lecture,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    const first = chunkMaps.row(1);
    await first.locator('.gl-term[data-term="first-chunk"]').hover();
    await expect(lecture.tip()).toContainText('set up at boot');
    await page.mouse.move(0, 0);
    await expect(lecture.tip()).toHaveCount(0);
    const contig = first.locator('.gl-term[data-term="contig-hint"]');
    await contig.focus();
    await expect(lecture.tip()).toContainText('largest free area the allocator believes');
    await expect(contig).toHaveAttribute('aria-describedby', 'gl-def-contig-hint');
    await contig.blur();

    const gauge = first.getByTestId('map-gauge');
    await gauge.locator('.gl-term[data-term="map-used"]').focus();
    await expect(lecture.tip()).toContainText('map_used / map_alloc');
    await expect(lecture.tip()).toContainText('room for');
    await gauge.locator('.gl-term[data-term="map-entry"]').hover();
    await expect(lecture.tip()).toContainText('map entry');
    await gauge.locator('.gl-term[data-term="initdata"]').focus();
    await expect(lecture.tip()).toContainText('frees once boot is done');
    // The meter is the bar alone: its value in words, no focusable words inside it.
    await expect(chunkMaps.gauge(1)).toHaveAttribute('aria-valuemax', '128');
    await expect(chunkMaps.gauge(1).locator('.gl-term')).toHaveCount(0);
  });

  test('a dynamic chunk’s row says and defines its populated pages', async ({ app, stepper, chunkMaps, lecture }) => {
    await app.open();
    await app.choosePreset('Early-size exhaustion: no new chunk before slab');
    await stepper.goToStep(11);
    // Chunk 2: 524288 bytes per unit of 4096-byte pages, only its first page populated.
    const populated = chunkMaps.row(2).getByTestId('chunk-populated');
    await expect(populated).toHaveText('1/128 pages populated');
    await populated.locator('.gl-term[data-term="populated-page"]').hover();
    await expect(lecture.tip()).toContainText('real memory behind it');
    await chunkMaps.row(2).locator('.gl-term[data-term="dynamic-chunk"]').focus();
    await expect(lecture.tip()).toContainText('created after boot');
    await expect(chunkMaps.row(1).getByTestId('chunk-populated')).toHaveCount(0);
  });
});
