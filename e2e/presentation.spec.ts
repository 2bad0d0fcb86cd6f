import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { ExplorerPage } from './pages/ExplorerPage';

/** Presentation mode at 1280×720 (the projector size) and the embedded player at 800×450. */

const EDITING = ['editor', 'config'];
const DEFAULT_SHOWN = ['chunks', 'narration', 'log'];
const DEFAULT_HIDDEN = ['units', 'slots', 'timeline'];

const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

test.describe('presentation mode', () => {
  test('the button turns it on: large type, high contrast, the stepper and the default views only', async ({
    page,
  }, testInfo) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.nextSteps(17);
    const before = await rootFontPx(page);
    const narrationBefore = await app.narration().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    for (const id of EDITING) await expect(app.panel(id)).toBeVisible();
    await expect(app.presentationToggle()).toHaveAttribute('aria-pressed', 'false');

    await app.presentationToggle().click();
    await expect(app.presentationToggle()).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.app')).toHaveClass(/\bpresentation\b/);
    // 1.35 × the 15 px root.
    expect(before).toBe(15);
    expect(await rootFontPx(page)).toBeCloseTo(15 * 1.35, 5);
    const narrationAfter = await app.narration().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(narrationAfter).toBeGreaterThan(narrationBefore);

    await expect(app.stepper()).toBeVisible();
    for (const id of EDITING) await expect(app.panel(id)).toHaveCount(0);
    for (const id of DEFAULT_SHOWN) await expect(app.panel(id)).toBeVisible();
    for (const id of DEFAULT_HIDDEN) await expect(app.panel(id)).toBeHidden();
    await expect(page.getByRole('tablist', { name: 'Mode' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeHidden();

    // High contrast: secondary text is as dark as the main text, panel borders are thicker.
    const colours = await page.evaluate(() => ({
      fg: getComputedStyle(document.querySelector('.app')!).color,
      muted: getComputedStyle(document.querySelector('.marker-summary')!).color,
      border: getComputedStyle(document.querySelector('[data-panel="chunks"]')!).borderTopWidth,
    }));
    expect(colours.muted).toBe(colours.fg);
    expect(colours.border).toBe('2px');
    await shot(page, testInfo, 'presentation-default-views-1280x720.png');

    await app.presentationToggle().click();
    await expect(app.presentationToggle()).toHaveAttribute('aria-pressed', 'false');
    expect(await rootFontPx(page)).toBe(15);
    for (const id of [...EDITING, ...DEFAULT_HIDDEN]) await expect(app.panel(id)).toBeVisible();
  });

  test('p toggles it, but not while typing; Escape leaves it', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await page.locator('body').press('p');
    await expect(page.locator('.app')).toHaveClass(/\bpresentation\b/);
    await page.keyboard.press('p');
    await expect(page.locator('.app')).not.toHaveClass(/\bpresentation\b/);

    // Typing a p into a text field stays out of presentation mode.
    await app.openExportMenu();
    await app.animationField('From step').fill('');
    await app.animationField('From step').press('p');
    await expect(app.animationField('From step')).toHaveValue('p');
    await expect(page.locator('.app')).not.toHaveClass(/\bpresentation\b/);
    await app.animationField('From step').press('Escape');

    await page.locator('body').press('p');
    await expect(app.presentationToggle()).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(app.presentationToggle()).toHaveAttribute('aria-pressed', 'false');
    await expect(app.panel('config')).toBeVisible();
  });

  test('the chosen views are the only ones shown, and the choice is remembered', async ({ page }, testInfo) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.nextSteps(17);
    await app.presentationToggle().click();
    await app.choosePresentationView('Unit layout', true);
    await app.choosePresentationView('Slot lists', true);
    await app.choosePresentationView('Kernel log', false);
    await app.choosePresentationView('Narration', false);
    await page.locator('details.presentation-views summary').click();
    for (const id of ['chunks', 'units', 'slots']) await expect(app.panel(id)).toBeVisible();
    for (const id of ['narration', 'log', 'timeline']) await expect(app.panel(id)).toBeHidden();
    await shot(page, testInfo, 'presentation-maps-units-slots-1280x720.png');

    await page.reload();
    await app.presentationToggle().click();
    for (const id of ['chunks', 'units', 'slots']) await expect(app.panel(id)).toBeVisible();
    for (const id of ['narration', 'log', 'timeline']) await expect(app.panel(id)).toBeHidden();

    // Nothing chosen: the stepper alone.
    for (const label of ['Chunk maps', 'Unit layout', 'Slot lists']) await app.choosePresentationView(label, false);
    await expect(page.getByRole('group', { name: 'Show in presentation' })).toContainText('Only the stepper is shown.');
    for (const id of [...DEFAULT_SHOWN, ...DEFAULT_HIDDEN]) await expect(app.panel(id)).toBeHidden();
    await expect(app.stepper()).toBeVisible();
  });

  test('boot timeline on its own fills the width', async ({ page }, testInfo) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.presentationToggle().click();
    for (const label of ['Chunk maps', 'Narration', 'Kernel log']) await app.choosePresentationView(label, false);
    await app.choosePresentationView('Boot timeline', true);
    await page.locator('details.presentation-views summary').click();
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
  }, testInfo) => {
    await page.goto('/?embed=1');
    const appRoot = page.locator('.app');
    await expect(appRoot).toHaveClass(/\bembed\b/);
    await expect(page.locator('header.app-header')).toHaveCount(0);
    for (const id of ['editor', 'config']) await expect(page.locator(`[data-panel="${id}"]`)).toHaveCount(0);
    await expect(page.locator('[data-panel="timeline"]')).toBeHidden();
    const chunks = await page.locator('[data-panel="chunks"]').boundingBox();
    const narration = await page.locator('[data-panel="narration"]').boundingBox();
    expect(chunks).not.toBeNull();
    expect(narration).not.toBeNull();
    // Two columns, both starting within the first screen, nothing wider than the frame.
    expect(narration!.x).toBeGreaterThan(chunks!.x + chunks!.width - 1);
    expect(chunks!.y).toBeLessThan(450);
    expect(narration!.y).toBeLessThan(450);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(800);
    await expect(page.getByRole('region', { name: 'Stepper' })).toBeVisible();
    await testInfo.attach('embed-800x450.png', { body: await page.screenshot(), contentType: 'image/png' });
  });
});

test.describe('the views of the change in presentation mode', () => {
  test('the map array, memory requests and code path are hidden by default and can be chosen; they fit', async ({
    page,
  }, testInfo) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.choosePreset('Early-slot exhaustion: 140 tiny allocations before slab');
    await app.stepperButton('Next failure or warning').click();
    await app.presentationToggle().click();
    for (const id of ['maparray', 'memory', 'codepath']) await expect(app.panel(id)).toBeHidden();
    await app.choosePresentationView('Map array', true);
    await app.choosePresentationView('Memory requests', true);
    await app.choosePresentationView('Kernel code path', true);
    await app.choosePresentationView('Narration', false);
    await app.choosePresentationView('Kernel log', false);
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
    await app.presentationToggle().click();
    await expect(app.panel('maparray')).toBeVisible();
  });
});
