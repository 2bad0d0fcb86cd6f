import { expect, test } from './fixtures';
import { valuesOverFrames } from './flush';

const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';

test.describe('stepper', () => {
  test('loads at step 0 of the SLUB bootstrap and steps with keys', async ({ page, app, stepper }) => {
    await app.open();
    await expect(stepper.count()).toHaveText('step 0 of 43');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(stepper.count()).toHaveText('step 3 of 43');
    await page.keyboard.press('ArrowLeft');
    await expect(stepper.count()).toHaveText('step 2 of 43');
    await page.keyboard.press('End');
    await expect(stepper.count()).toHaveText('step 43 of 43');
    await page.keyboard.press('Home');
    await expect(stepper.count()).toHaveText('step 0 of 43');
  });

  test('steps with the buttons and the scrubber', async ({ app, stepper, timeline }) => {
    await app.open();
    await stepper.button('Next step').click();
    await stepper.button('Next step').click();
    await expect(stepper.count()).toHaveText('step 2 of 43');
    await stepper.button('Previous step').click();
    await expect(stepper.count()).toHaveText('step 1 of 43');
    await stepper.button('Last step').click();
    await expect(stepper.count()).toHaveText('step 43 of 43');
    await stepper.button('First step').click();
    await expect(stepper.count()).toHaveText('step 0 of 43');

    await stepper.scrubber().fill('17');
    await expect(stepper.count()).toHaveText('step 17 of 43');
    await expect(stepper.scrubber()).toHaveAttribute('aria-valuetext', 'step 17 of 43');
    // Step 17 shows op #16 (kmem_cache_cpu kmalloc-8192): the current row follows.
    await expect(timeline.opRow(16).getByRole('button')).toHaveAttribute('aria-current', 'step');
  });

  test('plays and pauses', async ({ app, stepper }) => {
    await app.open();
    // 1× is 2 steps a second: the 43 steps take long enough to pause half way.
    await stepper.button('Play').click();
    await expect(stepper.button('Pause')).toBeVisible();
    await expect.poll(async () => Number(await stepper.scrubber().inputValue())).toBeGreaterThan(1);
    await stepper.button('Pause').click();
    await expect(stepper.button('Play')).toBeVisible();
    const paused = Number(await stepper.scrubber().inputValue());
    // Playback moves on animation frames: paused, 40 frames go by with the step standing still.
    expect(new Set(await valuesOverFrames(stepper.scrubber(), 40))).toEqual(new Set([paused]));
  });

  test('Space plays and pauses; + and - change the speed', async ({ page, app, stepper }) => {
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
    await expect(stepper.button('Pause')).toBeVisible();
    await page.keyboard.press(' ');
    await expect(stepper.button('Play')).toBeVisible();
  });

  test('jumps to slab-online', async ({ app, stepper, narration }) => {
    await app.open();
    // slab-online is op #17 of the SLUB bootstrap (2 marks + 15 caches): its state is step 18.
    await stepper.region().getByRole('button', { name: 'Jump to slab online' }).click();
    await expect(stepper.count()).toHaveText('step 18 of 43');
    await expect(narration.text()).toContainText('slab_is_available() is now true');
    await expect(narration.text()).toContainText('copied into kmalloc memory');
  });

  test('jumps to the next failure, and its narration names the reason', async ({
    app,
    stepper,
    timeline,
    narration,
  }, testInfo) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await stepper.region().getByRole('button', { name: 'Next failure or warning' }).click();
    // allocator.md Example 4: the 126th allocation (op #126 after one mark) is the first to fail.
    await expect(stepper.count()).toHaveText('step 127 of 151');
    await expect(narration.text()).toContainText('127 of 128 entries in use');
    await expect(narration.text()).toContainText('The allocation fails (failed to extend area map)');
    await expect(narration.text()).toHaveAttribute('aria-live', 'polite');
    const row = timeline.opRow(126);
    await expect(row).toBeInViewport();
    await expect(row).toContainText('fails: failed to extend area map');
    await expect(row.getByRole('button')).toHaveAttribute('aria-current', 'step');

    await testInfo.attach('stepper', { body: await stepper.region().screenshot(), contentType: 'image/png' });
    await testInfo.attach('narration', { body: await app.panel('narration').screenshot(), contentType: 'image/png' });
    await testInfo.attach('boot timeline', {
      body: await app.panel('timeline').screenshot(),
      contentType: 'image/png',
    });
  });

  test('[ and ] visit bookmarks, failures and warnings', async ({ page, app, stepper }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await page.keyboard.press(']');
    await expect(stepper.count()).toHaveText('step 1 of 151'); // the first mark
    await page.keyboard.press(']');
    await expect(stepper.count()).toHaveText('step 127 of 151'); // first failure (and the WARN)
    await page.keyboard.press('[');
    await expect(stepper.count()).toHaveText('step 1 of 151');
  });

  test('clicking a kernel-log line jumps to the step that printed it', async ({ app, stepper, log }, testInfo) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await stepper.button('Last step').click();
    const lines = log.lines();
    await lines.scrollIntoViewIfNeeded();
    // The newest line is in view: the 10th failure ends with the limit line (op #135).
    await expect(lines.getByText('PERCPU: limit reached, disable warning')).toBeInViewport();
    await testInfo.attach('kernel log', { body: await app.panel('log').screenshot(), contentType: 'image/png' });
    await lines.getByRole('button', { name: /WARNING: at mm\/percpu\.c:285/ }).click();
    await expect(stepper.count()).toHaveText('step 127 of 151');
    await lines.getByRole('button', { name: /pcpu-alloc: \[0\] 0 1 2 3/ }).click();
    await expect(stepper.count()).toHaveText('step 0 of 151');
  });

  test('clicking an op jumps to it; ops after a crash are not reached', async ({ app, stepper, timeline }) => {
    await app.open();
    await timeline.opRow(5).getByRole('button').click();
    await expect(stepper.count()).toHaveText('step 6 of 43');
    await app.choosePreset('Pre-change kernel: SLUB’s first early alloc crashes');
    await expect(stepper.count()).toHaveText('step 0 of 3');
    await expect(timeline.opRow(2)).toContainText('fails: kernel crash');
    await expect(timeline.opRow(3)).toContainText('not reached');
    await expect(timeline.opRow(3).getByRole('button')).toBeDisabled();
  });

  test('loops a range', async ({ page, app, stepper }) => {
    await app.open();
    await page.getByLabel('Loop from step').fill('2');
    await page.getByLabel('Loop to step').fill('5');
    await page.getByRole('button', { name: 'Loop range' }).click();
    await expect(page.getByRole('button', { name: /Stop loop \(2–5\)/ })).toBeVisible();
    await page.getByLabel('Speed').selectOption('16');
    // A loop plays as soon as it is set (issue 10, item 7): no Play press needed.
    await expect(stepper.button('Pause')).toBeVisible();
    // Over 60 frames at 16× the loop comes round more than once and never passes its end.
    const steps = await valuesOverFrames(stepper.scrubber(), 60);
    expect(Math.max(...steps)).toBeLessThanOrEqual(5);
    expect(new Set(steps).size).toBeGreaterThan(1);
    await stepper.button('Pause').click();
  });

  test('keys typed into a field do not step', async ({ page, app, stepper, config }) => {
    await app.open();
    await config.field('CPUs').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expect(stepper.count()).toHaveText('step 0 of 43');
  });
});

test('the stepper, timeline, log, narration and config pass axe', async ({ page, app, stepper }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await app.open();
  await app.choosePreset(EARLY_SLOTS);
  await stepper.region().getByRole('button', { name: 'Next failure or warning' }).click();
  const results = await new AxeBuilder({ page })
    .include('[aria-label="Stepper"]')
    .include('[data-panel="timeline"]')
    .include('[data-panel="log"]')
    .include('[data-panel="narration"]')
    .include('[data-panel="config"]')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
