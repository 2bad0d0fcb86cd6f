import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presentation mode at 1280×720 (the projector size) and the embedded player at 800×450. */

const EDITING = ['editor', 'config'];
const DEFAULT_SHOWN = ['chunks', 'narration', 'log'];
const DEFAULT_HIDDEN = ['units', 'slots', 'timeline'];

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

test.describe('presentation mode', () => {
  test('the button turns it on: large type, high contrast, the stepper and the default views only', async ({
    page,
    app,
    stepper,
    narration,
    exporter,
    presentation,
  }, testInfo) => {
    await app.open();
    await stepper.nextSteps(17);
    const before = await app.rootFontPx();
    const narrationBefore = await narration.fontPx();
    for (const id of EDITING) await expect(app.panel(id)).toBeVisible();
    await expect(presentation.toggle()).toHaveAttribute('aria-pressed', 'false');

    await presentation.toggle().click();
    await expect(presentation.toggle()).toHaveAttribute('aria-pressed', 'true');
    await expect(app.root()).toHaveClass(/\bpresentation\b/);
    // 1.35 × the 15 px root.
    expect(before).toBe(15);
    expect(await app.rootFontPx()).toBeCloseTo(15 * 1.35, 5);
    const narrationAfter = await narration.fontPx();
    expect(narrationAfter).toBeGreaterThan(narrationBefore);

    await expect(stepper.region()).toBeVisible();
    for (const id of EDITING) await expect(app.panel(id)).toHaveCount(0);
    for (const id of DEFAULT_SHOWN) await expect(app.panel(id)).toBeVisible();
    for (const id of DEFAULT_HIDDEN) await expect(app.panel(id)).toBeHidden();
    await expect(app.modeTabs()).toBeHidden();
    await expect(exporter.menuToggle()).toBeHidden();

    // High contrast: secondary text is as dark as the main text, panel borders are thicker.
    const colours = await presentation.contrast();
    expect(colours.muted).toBe(colours.fg);
    expect(colours.border).toBe('2px');
    await shot(page, testInfo, 'presentation-default-views-1280x720.png');

    await presentation.toggle().click();
    await expect(presentation.toggle()).toHaveAttribute('aria-pressed', 'false');
    expect(await app.rootFontPx()).toBe(15);
    for (const id of [...EDITING, ...DEFAULT_HIDDEN]) await expect(app.panel(id)).toBeVisible();
  });

  test('p toggles it, but not while typing; Escape leaves it', async ({ page, app, exporter, presentation }) => {
    await app.open();
    await app.body().press('p');
    await expect(app.root()).toHaveClass(/\bpresentation\b/);
    await page.keyboard.press('p');
    await expect(app.root()).not.toHaveClass(/\bpresentation\b/);

    // Typing a p into a text field stays out of presentation mode.
    await exporter.openMenu();
    await exporter.animationField('From step').fill('');
    await exporter.animationField('From step').press('p');
    await expect(exporter.animationField('From step')).toHaveValue('p');
    await expect(app.root()).not.toHaveClass(/\bpresentation\b/);
    await exporter.animationField('From step').press('Escape');

    await app.body().press('p');
    await expect(presentation.toggle()).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(presentation.toggle()).toHaveAttribute('aria-pressed', 'false');
    await expect(app.panel('config')).toBeVisible();
  });

  test('the chosen views are the only ones shown, and the choice is remembered', async ({
    page,
    app,
    stepper,
    presentation,
  }, testInfo) => {
    await app.open();
    await stepper.nextSteps(17);
    await presentation.toggle().click();
    await presentation.chooseView('Unit layout', true);
    await presentation.chooseView('Slot lists', true);
    await presentation.chooseView('Kernel log', false);
    await presentation.chooseView('Narration', false);
    await presentation.toggleViewsList();
    for (const id of ['chunks', 'units', 'slots']) await expect(app.panel(id)).toBeVisible();
    for (const id of ['narration', 'log', 'timeline']) await expect(app.panel(id)).toBeHidden();
    await shot(page, testInfo, 'presentation-maps-units-slots-1280x720.png');

    await page.reload();
    await presentation.toggle().click();
    for (const id of ['chunks', 'units', 'slots']) await expect(app.panel(id)).toBeVisible();
    for (const id of ['narration', 'log', 'timeline']) await expect(app.panel(id)).toBeHidden();

    // Nothing chosen: the stepper alone.
    for (const label of ['Chunk maps', 'Unit layout', 'Slot lists']) await presentation.chooseView(label, false);
    await expect(presentation.viewsGroup()).toContainText('Only the stepper is shown.');
    for (const id of [...DEFAULT_SHOWN, ...DEFAULT_HIDDEN]) await expect(app.panel(id)).toBeHidden();
    await expect(stepper.region()).toBeVisible();
  });

  test('boot timeline on its own fills the width', async ({ page, app, presentation }, testInfo) => {
    await app.open();
    await presentation.toggle().click();
    for (const label of ['Chunk maps', 'Narration', 'Kernel log']) await presentation.chooseView(label, false);
    await presentation.chooseView('Boot timeline', true);
    await presentation.toggleViewsList();
    await expect(app.panel('timeline')).toBeVisible();
    const width = await app.panel('timeline').evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1000);
    await shot(page, testInfo, 'presentation-timeline-only-1280x720.png');
  });
});

test.describe('embedded player', () => {
  test.use({ viewport: { width: 800, height: 450 } });

  test('?embed=1 fits an 800×450 frame: no header or editing panels, maps beside the narration', async ({
    page,
    app,
    stepper,
    stage,
  }, testInfo) => {
    await app.openEmbedded();
    const appRoot = app.root();
    await expect(appRoot).toHaveClass(/\bembed\b/);
    await expect(app.header()).toHaveCount(0);
    for (const id of ['editor', 'config']) await expect(app.panel(id)).toHaveCount(0);
    await expect(app.panel('timeline')).toBeHidden();
    const chunks = await app.panel('chunks').boundingBox();
    const narration = await app.panel('narration').boundingBox();
    expect(chunks).not.toBeNull();
    expect(narration).not.toBeNull();
    // Two columns, both starting within the first screen, nothing wider than the frame.
    expect(narration!.x).toBeGreaterThan(chunks!.x + chunks!.width - 1);
    expect(chunks!.y).toBeLessThan(450);
    expect(narration!.y).toBeLessThan(450);
    const scrollWidth = await stage.pageWidth();
    expect(scrollWidth).toBeLessThanOrEqual(800);
    await expect(stepper.region()).toBeVisible();
    await testInfo.attach('embed-800x450.png', { body: await page.screenshot(), contentType: 'image/png' });
  });
});

test.describe('the views of the change in presentation mode', () => {
  test('the map array, memory requests and code path are hidden by default and can be chosen; they fit', async ({
    page,
    app,
    stepper,
    presentation,
  }, testInfo) => {
    await app.open();
    await app.choosePreset('Early-slot exhaustion: 140 tiny allocations before slab');
    await stepper.button('Next failure or warning').click();
    await presentation.toggle().click();
    for (const id of ['maparray', 'memory', 'codepath']) await expect(app.panel(id)).toBeHidden();
    await presentation.chooseView('Map array', true);
    await presentation.chooseView('Memory requests', true);
    await presentation.chooseView('Kernel code path', true);
    await presentation.chooseView('Narration', false);
    await presentation.chooseView('Kernel log', false);
    await page.locator('details.presentation-views summary').click();
    for (const id of ['chunks', 'maparray', 'memory', 'codepath']) await expect(app.panel(id)).toBeVisible();
    for (const id of ['narration', 'log', 'units']) await expect(app.panel(id)).toBeHidden();
    await expect(app.panel('maparray').getByRole('list', { name: 'Map entries of chunk 1' })).toBeVisible();
    await expect(app.panel('memory')).toContainText('pcpu_mem_alloc');
    await expect(app.panel('codepath').locator('a[href$="#L285"]')).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(1280);
    await shot(page, testInfo, 'presentation-change-views-1280x720.png');

    // Out of presentation mode every view is back.
    await presentation.toggle().click();
    await expect(app.panel('maparray')).toBeVisible();
  });
});
