import { expect, test } from '@playwright/test';
import { ExplorerPage } from './pages/ExplorerPage';
import { valuesOverFrames } from './flush';

const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';

test.describe('stepper', () => {
  test('loads at step 0 of the SLUB bootstrap and steps with keys', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await expect(app.stepCount()).toHaveText('step 0 of 43');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(app.stepCount()).toHaveText('step 3 of 43');
    await page.keyboard.press('ArrowLeft');
    await expect(app.stepCount()).toHaveText('step 2 of 43');
    await page.keyboard.press('End');
    await expect(app.stepCount()).toHaveText('step 43 of 43');
    await page.keyboard.press('Home');
    await expect(app.stepCount()).toHaveText('step 0 of 43');
  });

  test('steps with the buttons and the scrubber', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.stepperButton('Next step').click();
    await app.stepperButton('Next step').click();
    await expect(app.stepCount()).toHaveText('step 2 of 43');
    await app.stepperButton('Previous step').click();
    await expect(app.stepCount()).toHaveText('step 1 of 43');
    await app.stepperButton('Last step').click();
    await expect(app.stepCount()).toHaveText('step 43 of 43');
    await app.stepperButton('First step').click();
    await expect(app.stepCount()).toHaveText('step 0 of 43');

    await app.scrubber().fill('17');
    await expect(app.stepCount()).toHaveText('step 17 of 43');
    await expect(app.scrubber()).toHaveAttribute('aria-valuetext', 'step 17 of 43');
    // Step 17 shows op #16 (kmem_cache_cpu kmalloc-8192): the current row follows.
    await expect(app.opRow(16).getByRole('button')).toHaveAttribute('aria-current', 'step');
  });

  test('plays and pauses', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    // 1× is 2 steps a second: the 43 steps take long enough to pause half way.
    await app.stepperButton('Play').click();
    await expect(app.stepperButton('Pause')).toBeVisible();
    await expect.poll(async () => Number(await app.scrubber().inputValue())).toBeGreaterThan(1);
    await app.stepperButton('Pause').click();
    await expect(app.stepperButton('Play')).toBeVisible();
    const paused = Number(await app.scrubber().inputValue());
    // Playback moves on animation frames: paused, 40 frames go by with the step standing still.
    expect(new Set(await valuesOverFrames(app.scrubber(), 40))).toEqual(new Set([paused]));
  });

  test('Space plays and pauses; + and - change the speed', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const speed = page.getByLabel('Speed');
    await page.keyboard.press('+');
    await expect(speed).toHaveValue('2');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect(speed).toHaveValue('0.5');
    await page.keyboard.press('=');
    await expect(speed).toHaveValue('1');
    await page.keyboard.press(' ');
    await expect(app.stepperButton('Pause')).toBeVisible();
    await page.keyboard.press(' ');
    await expect(app.stepperButton('Play')).toBeVisible();
  });

  test('jumps to slab-online', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    // slab-online is op #17 of the SLUB bootstrap (2 marks + 15 caches): its state is step 18.
    await app.stepper().getByRole('button', { name: 'Jump to slab online' }).click();
    await expect(app.stepCount()).toHaveText('step 18 of 43');
    await expect(app.narration()).toContainText('slab_is_available() is now true');
    await expect(app.narration()).toContainText('copied into kmalloc memory');
  });

  test('jumps to the next failure, and its narration names the reason', async ({ page }, testInfo) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await app.stepper().getByRole('button', { name: 'Next failure or warning' }).click();
    // allocator.md Example 4: the 126th allocation (op #126 after one mark) is the first to fail.
    await expect(app.stepCount()).toHaveText('step 127 of 151');
    await expect(app.narration()).toContainText('127 of 128 entries in use');
    await expect(app.narration()).toContainText('The allocation fails (failed to extend area map)');
    await expect(app.narration()).toHaveAttribute('aria-live', 'polite');
    const row = app.opRow(126);
    await expect(row).toBeInViewport();
    await expect(row).toContainText('fails: failed to extend area map');
    await expect(row.getByRole('button')).toHaveAttribute('aria-current', 'step');

    await testInfo.attach('stepper', { body: await app.stepper().screenshot(), contentType: 'image/png' });
    await testInfo.attach('narration', { body: await app.panel('narration').screenshot(), contentType: 'image/png' });
    await testInfo.attach('boot timeline', {
      body: await app.panel('timeline').screenshot(),
      contentType: 'image/png',
    });
  });

  test('[ and ] visit bookmarks, failures and warnings', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await page.keyboard.press(']');
    await expect(app.stepCount()).toHaveText('step 1 of 151'); // the first mark
    await page.keyboard.press(']');
    await expect(app.stepCount()).toHaveText('step 127 of 151'); // first failure (and the WARN)
    await page.keyboard.press('[');
    await expect(app.stepCount()).toHaveText('step 1 of 151');
  });

  test('clicking a kernel-log line jumps to the step that printed it', async ({ page }, testInfo) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await app.stepperButton('Last step').click();
    const log = app.kernelLog();
    await log.scrollIntoViewIfNeeded();
    // The newest line is in view: the 10th failure ends with the limit line (op #135).
    await expect(log.getByText('PERCPU: limit reached, disable warning')).toBeInViewport();
    await testInfo.attach('kernel log', { body: await app.panel('log').screenshot(), contentType: 'image/png' });
    await log.getByRole('button', { name: /WARNING: at mm\/percpu\.c:285/ }).click();
    await expect(app.stepCount()).toHaveText('step 127 of 151');
    await log.getByRole('button', { name: /pcpu-alloc: \[0\] 0 1 2 3/ }).click();
    await expect(app.stepCount()).toHaveText('step 0 of 151');
  });

  test('clicking an op jumps to it; ops after a crash are not reached', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.opRow(5).getByRole('button').click();
    await expect(app.stepCount()).toHaveText('step 6 of 43');
    await app.choosePreset('Pre-change kernel: SLUB’s first early alloc crashes');
    await expect(app.stepCount()).toHaveText('step 0 of 3');
    await expect(app.opRow(2)).toContainText('fails: kernel crash');
    await expect(app.opRow(3)).toContainText('not reached');
    await expect(app.opRow(3).getByRole('button')).toBeDisabled();
  });

  test('loops a range', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await page.getByLabel('Loop from step').fill('2');
    await page.getByLabel('Loop to step').fill('5');
    await page.getByRole('button', { name: 'Loop range' }).click();
    await expect(page.getByRole('button', { name: /Stop loop \(2–5\)/ })).toBeVisible();
    await page.getByLabel('Speed').selectOption('16');
    // A loop plays as soon as it is set (issue 10, item 7): no Play press needed.
    await expect(app.stepperButton('Pause')).toBeVisible();
    // Over 60 frames at 16× the loop comes round more than once and never passes its end.
    const steps = await valuesOverFrames(app.scrubber(), 60);
    expect(Math.max(...steps)).toBeLessThanOrEqual(5);
    expect(new Set(steps).size).toBeGreaterThan(1);
    await app.stepperButton('Pause').click();
  });

  test('keys typed into a field do not step', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.configField('CPUs').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expect(app.stepCount()).toHaveText('step 0 of 43');
  });
});

test('the stepper, timeline, log, narration and config pass axe', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const app = new ExplorerPage(page);
  await app.open();
  await app.choosePreset(EARLY_SLOTS);
  await app.stepper().getByRole('button', { name: 'Next failure or warning' }).click();
  const results = await new AxeBuilder({ page })
    .include('[aria-label="Stepper"]')
    .include('[data-panel="timeline"]')
    .include('[data-panel="log"]')
    .include('[data-panel="narration"]')
    .include('[data-panel="config"]')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
