import { expect, test } from './fixtures';

/** Issue 10, "what trips a demo": one test (or more) per numbered defect. */

const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';
const EARLY_SIZE = 'Early-size exhaustion: no new chunk before slab';
const DEFAULT = 'SLUB bootstrap on a 4-CPU x86_64 box';

test.describe('demo defects', () => {
  test('2: panel titles fit their panels, so the page is never wider than the window', async ({ page, app, stage }) => {
    for (const width of [1280, 1920, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await app.open();
      expect(await stage.pageWidth()).toBeLessThanOrEqual(width);
      const overflow = await page
        .locator('.panel-title button')
        .evaluateAll(
          (buttons) =>
            buttons.filter(
              (b) => b.getBoundingClientRect().right > b.closest('.panel')!.getBoundingClientRect().right + 0.5,
            ).length,
        );
      expect(overflow).toBe(0);
    }
  });

  test('3: the boot timeline shows the current op after presentation mode', async ({
    page,
    app,
    stepper,
    timeline,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await page.keyboard.press('p');
    await stepper.button('Next failure or warning').click();
    await expect(stepper.count()).toHaveText('step 127 of 151');
    await page.keyboard.press('p');
    await expect(timeline.list()).toBeVisible();
    await expect(timeline.currentRow()).toContainText('#126');
    await expect(timeline.currentRow()).toBeInViewport();
    expect(await timeline.rowsInView()).toBeGreaterThan(3);
  });

  test('4: holding → for bursts of 150 repeats never raises an error', async ({ page, app, stepper, stage }) => {
    test.setTimeout(300_000);
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    // One burst from the real keyboard (Playwright marks the later downs repeat=true) ...
    for (let i = 0; i < 150; i++) await page.keyboard.down('ArrowRight');
    await page.keyboard.up('ArrowRight');
    await expect(stepper.count()).toHaveText('step 150 of 151');
    // ... then 12 more, faster than a held key repeats: ten keys a task, and between tasks the
    // page renders and delivers its scroll events (the loop this guards against).
    for (let burst = 0; burst < 12; burst++) {
      await page.keyboard.press('Home');
      await page.evaluate(async () => {
        for (let i = 0; i < 150; i++) {
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', repeat: i > 0, bubbles: true }));
          if (i % 10 === 9) await new Promise((done) => setTimeout(done, 0));
        }
      });
      await expect(stepper.count()).toHaveText('step 150 of 151');
    }
    expect(stage.errors).toEqual([]);
    await expect(page.getByTestId('op-list')).toBeVisible();
  });

  test('5: arrow keys step (never change the preset) after a preset pick, and focus is back on the stage', async ({
    page,
    app,
    stepper,
    stage,
  }) => {
    await app.open();
    const picker = page.getByLabel('Preset');
    await picker.focus();
    await picker.selectOption({ label: EARLY_SLOTS });
    expect(await stage.focused()).toBe('main#stage');
    await page.keyboard.press('ArrowRight');
    await expect(stepper.count()).toHaveText('step 1 of 151');
    // Even with the closed list box focused again, → steps and the preset stays.
    await picker.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expect(stepper.count()).toHaveText('step 151 of 151');
    await page.keyboard.press('Home');
    await expect(stepper.count()).toHaveText('step 0 of 151');
    await expect(picker.locator('option:checked')).toHaveText(EARLY_SLOTS);
    await page.keyboard.press(']');
    await expect(stepper.count()).toHaveText('step 1 of 151');
    await picker.focus();
    await page.keyboard.press('p');
    await expect(stage.presenting()).toHaveCount(1);
  });

  test('6: Space plays and pauses after a button was clicked; the button answers Enter', async ({
    page,
    app,
    stepper,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await stepper.button('Next failure or warning').click();
    await expect(stepper.count()).toHaveText('step 127 of 151');
    await page.keyboard.press('Space');
    await expect(stepper.button('Pause')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(stepper.button('Play')).toBeVisible();
    // It played rather than jumping to the next failure (step 128).
    await expect(stepper.count()).not.toHaveText('step 128 of 151');
    await stepper.button('First step').click();
    await stepper.button('Next failure or warning').focus();
    await page.keyboard.press('Enter');
    await expect(stepper.count()).toHaveText('step 127 of 151');
  });

  test('7: a loop plays as soon as it is set', async ({ page, app, stepper }) => {
    await app.open();
    await page.getByLabel('Loop from step').fill('2');
    await page.getByLabel('Loop to step').fill('5');
    await page.getByRole('button', { name: 'Loop range' }).click();
    await expect(stepper.button('Pause')).toBeVisible();
    await expect(stepper.count()).not.toHaveText('step 0 of 43');
    await expect(stepper.count()).toHaveText(/step [2-5] of 43/);
  });

  test('7: an embed with a loop plays by itself, even without controls', async ({ page }) => {
    await page.goto('/?embed=1&controls=0&loop=0..20');
    await expect(page.getByTestId('narration')).toContainText(/Step ([1-9]|1\d|20)\b/);
  });

  test('7: autoplay=0 opens a looped embed paused', async ({ page }) => {
    await page.goto('/?embed=1&loop=0..20&autoplay=0');
    await expect(page.getByTestId('step-count')).toHaveText('step 0 of 43');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    test(`8: presentation fits ${size.width}×${size.height}: legend folded, maps, verdict and the step's log lines in view`, async ({
      page,
      app,
      stepper,
      log,
      chunkMaps,
      stage,
    }, testInfo) => {
      await page.setViewportSize(size);
      await app.open();
      await app.choosePreset(EARLY_SLOTS);
      await page.keyboard.press('p');
      await stepper.button('Next failure or warning').click();
      await expect(stepper.count()).toHaveText('step 127 of 151');
      const legend = app.panel('chunks').locator('details.lg-wrap');
      await expect(legend).not.toHaveAttribute('open', '');
      expect(await stage.pageHeight()).toBeLessThanOrEqual(size.height);
      expect(await stage.pageWidth()).toBeLessThanOrEqual(size.width);
      expect(await stage.inWindow(chunkMaps.bar(1))).toBe(true);
      expect(await stage.inWindow(app.panel('narration').locator('.narration-outcome'))).toBe(true);
      expect(await stage.inWindow(log.lines())).toBe(true);
      expect(await log.lineInView(/WARNING: at mm\/percpu\.c/)).toBe(true);
      expect(await log.lineInView(/allocation failed/)).toBe(true);
      await testInfo.attach(`presentation-${size.width}`, { body: await page.screenshot(), contentType: 'image/png' });
      // The legend is one key away, and folds again.
      await page.keyboard.press('k');
      await expect(legend).toHaveAttribute('open', '');
      await page.keyboard.press('k');
      await expect(legend).not.toHaveAttribute('open', '');
      // The log follows the step: the next failure's lines are in view too.
      await stepper.button('Next failure or warning').click();
      await expect(stepper.count()).toHaveText('step 128 of 151');
      expect(await log.lineInView(/#127/)).toBe(true);
    });
  }

  test('9: after Apply the header, picker and intro say what the scenario is now, and Apply shows its effect', async ({
    page,
    app,
    config,
  }) => {
    await app.open();
    await config.field('CPUs').fill('8');
    await config.field('CPU → node').fill('0x4,1x4');
    await app.panel('config').getByRole('button', { name: 'Apply' }).click();
    await expect(app.scenarioTitle()).toContainText(`Edited from “${DEFAULT}” · 8 CPUs on 2 nodes`);
    await expect(page.getByLabel('Preset').locator('option:checked')).toHaveText(`Edited: ${DEFAULT}`);
    await expect(page.locator('.narration-about')).toContainText('now 8 CPUs on 2 nodes');
    const applied = page.getByTestId('config-applied');
    await expect(applied).toContainText('CPUs 4 → 8');
    await expect(applied).toContainText('Re-ran 43 ops');
    await expect(applied).toBeInViewport({ ratio: 0.95 });
    await expect(app.panel('config').getByRole('button', { name: 'Apply' })).toBeInViewport();
    await applied.getByRole('button', { name: 'Show the maps' }).click();
    await expect(app.panel('chunks')).toBeInViewport();
    const reset = page.getByRole('button', { name: 'Reset to preset' });
    await expect(reset).toBeVisible();
    await reset.click();
    await expect(app.scenarioTitle()).toContainText(DEFAULT);
    await expect(app.scenarioTitle()).not.toContainText('Edited');
  });

  test('9: after an op edit the title says "edited from" and Reset to preset stays', async ({
    page,
    app,
    stepper,
    editor,
  }) => {
    await app.open();
    await stepper.nextSteps(2);
    await editor.insertMark('here');
    await expect(app.scenarioTitle()).toContainText(`Edited from “${DEFAULT}”`);
    await expect(page.getByRole('button', { name: 'Reset to preset' })).toBeVisible();
    await page.getByRole('button', { name: 'Reset to preset' }).click();
    await expect(app.scenarioTitle()).not.toContainText('Edited');
  });

  test('10: timeline rows keep the whole failure reason; the log wraps instead of scrolling sideways', async ({
    page,
    app,
    stepper,
    timeline,
    log,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SIZE);
    await stepper.button('Last step').click();
    const failed = await page.locator('.op-row.status-failed').first().getAttribute('data-op');
    expect(failed).not.toBeNull();
    const result = await timeline.resultCut(Number(failed));
    expect(result.text).toMatch(/fails: /);
    expect(result.cut).toBe(false);
    expect(await log.scrollsSideways()).toBe(false);
  });

  test('10: the "Link copied" toast does not cover the scrubber', async ({ context, app, stepper, share }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open();
    const status = await share.copyLink();
    await expect(status).toContainText('Link copied');
    const toast = await status.boundingBox();
    const scrubber = await stepper.scrubber().boundingBox();
    expect(toast && scrubber).toBeTruthy();
    const overlaps =
      toast!.x < scrubber!.x + scrubber!.width &&
      scrubber!.x < toast!.x + toast!.width &&
      toast!.y < scrubber!.y + scrubber!.height &&
      scrubber!.y < toast!.y + toast!.height;
    expect(overlaps).toBe(false);
  });

  test('10: a new mode opens at the top of the page ("Use this config" does not land scrolled)', async ({
    page,
    app,
    realData,
  }) => {
    await app.open();
    await app.openMode('Real kernel data');
    const dmesg = realData.dmesgSection();
    await dmesg
      .getByLabel('Boot log text')
      .fill(
        [
          'Nov 26 12:00:00 host kernel: [    0.000000] percpu: Embedded 56 pages/cpu @ffff88003fc00000 s192512 r8192 d28672 u262144',
          'Nov 26 12:00:00 host kernel: [    0.000000] pcpu-alloc: s192512 r8192 d28672 u262144 alloc=1*2097152',
          'Nov 26 12:00:00 host kernel: [    0.000000] pcpu-alloc: [0] 0 1 2 3 4 5 6 7 ',
        ].join('\n'),
      );
    await dmesg.getByRole('button', { name: 'Read log' }).click();
    await dmesg.getByRole('button', { name: 'Use this config' }).click();
    await expect(page.getByRole('tab', { name: 'Explore', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('heading', { name: 'Percpu Explorer' })).toBeInViewport();
  });

  test('10: counts read as words ("Free 1 allocation"), and step and op numbers say why they differ', async ({
    page,
    app,
    stepper,
    editor,
  }) => {
    await app.open();
    await stepper.nextSteps(2);
    await expect(page.getByTestId('current-op')).toContainText('Step 2 shows the state after op #1 (ops count from #0');
    await editor.panel().getByText('Generate a batch').click();
    const frees = editor.panel().getByRole('form', { name: 'Free every k-th live allocation' });
    await frees.getByLabel('Every k-th', { exact: true }).fill('1');
    await expect(frees.getByRole('button', { name: /^Free \d+ allocations?$/ })).toBeVisible();
    const text = await frees.getByRole('button', { name: /^Free/ }).textContent();
    const n = Number(/Free (\d+)/.exec(text ?? '')?.[1]);
    expect(text).toBe(n === 1 ? 'Free 1 allocation' : `Free ${n} allocations`);
  });

  test('10: ? opens a complete shortcut sheet (with p and Ctrl+Z); Escape closes only it', async ({
    page,
    app,
    stage,
  }) => {
    await app.open();
    await page.keyboard.press('p');
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    for (const key of ['p', 'Ctrl+Z', 'Space', 'Home / End', '[ / ]', 'PageDown', '?'])
      await expect(sheet.locator('kbd').filter({ hasText: key }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(stage.presenting()).toHaveCount(1);
  });
});
