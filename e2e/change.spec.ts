import { expect, test } from './fixtures';

const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';
const HAZARD = 'Both latent bugs: leaked maps and a kfree’d vmalloc struct';
/** Op 0 is a mark, ops 1–125 succeed, op 126 is the first failure (allocator.md Example 4). */
const FIRST_FAILURE = 127;
const AFTER_SLAB = 142;

test.describe('the change itself: map arrays, moves, memory requests, code path', () => {
  test('the early-slot preset: 128 entries, 127 used at the first failure; kmalloc after slab; 256 after extension', async ({
    app,
    stepper,
    change,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await stepper.goToStep(FIRST_FAILURE);
    await expect(stepper.count()).toContainText(`step ${FIRST_FAILURE} of`);
    await expect(change.mapEntryItems(1)).toHaveCount(128);
    await expect(change.mapEntries(1).locator('[role="listitem"]:not([aria-label$="unused"])')).toHaveCount(127);
    await expect(change.mapStorage()).toContainText('__initdata int[128] = 128 × 4 = 512 B');
    await expect(change.mapMoves().getByTestId('move-refused')).toContainText('pcpu_mem_alloc(1024) → NULL');
    await expect(change.memoryRequests().first()).toContainText('pcpu_mem_alloc(1024)');
    await expect(change.memoryRequests().first()).toContainText('NULL');

    await stepper.goToStep(AFTER_SLAB);
    await expect(change.mapStorage()).toContainText('kmalloc int[128]');
    await expect(change.mapMoves().getByTestId('move-copy')).toContainText('dropped with the rest of init memory');

    await stepper.button('Next step').click();
    await expect(change.mapEntryItems(1)).toHaveCount(256);
    await expect(change.mapStorage()).toContainText('kmalloc int[256] = 256 × 4 = 1024 B');
    await expect(change.mapMoves().getByTestId('old-map-fate')).toContainText('never freed');
    await expect(change.mapMoves().getByTestId('leak-total')).toContainText('512 B');
    await expect(change.leakedBytes()).toContainText('512 B');
  });

  test('the code path at the first early failure links pcpu_mem_alloc at line 285 of v2.6.36', async ({
    app,
    stepper,
    change,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await stepper.goToStep(FIRST_FAILURE);
    const hrefs = await change.codePathLinks().evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toContain('https://elixir.bootlin.com/linux/v2.6.36/source/mm/percpu.c#L285');
    expect(hrefs).toContain('https://elixir.bootlin.com/linux/v2.6.36/source/mm/percpu.c#L283');
    expect(hrefs.every((h) => /#L\d+$/.test(h))).toBe(true);
    await expect(app.panel('codepath')).toContainText('pcpu_alloc');
    await expect(app.panel('codepath')).toContainText('pcpu_extend_area_map');
    await expect(app.panel('codepath')).toContainText('WARN_ON_ONCE(!slab_is_available())');
  });

  test('hovering a map entry outlines its area in the area map', async ({ app, stepper, chunkMaps, change }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await stepper.goToStep(3);
    await change.mapEntryItems(1).nth(1).hover();
    await expect(chunkMaps.linkedArea(1)).toHaveAttribute('data-offset', '91072');
    await expect(change.mapEntries(1).getByTestId('linked-entry')).toBeVisible();
  });

  test('follow-the-action keeps the step’s area on screen, and can be turned off', async ({
    app,
    stepper,
    chunkMaps,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await expect(chunkMaps.followToggle()).toHaveAttribute('aria-pressed', 'true');
    for (const step of [2, 60, 125]) {
      await stepper.goToStep(step);
      // The window settles just after the step (the state itself is drawn at once).
      await expect(async () => {
        const bar = await chunkMaps.bar(1).boundingBox();
        const area = await chunkMaps.latestArea(1).boundingBox();
        expect(bar && area).toBeTruthy();
        // The 8-byte area of this step is drawn inside the bar and wider than a sliver.
        expect(area!.x).toBeGreaterThanOrEqual(bar!.x - 2);
        expect(area!.x + area!.width).toBeLessThanOrEqual(bar!.x + bar!.width + 2);
        expect(area!.width).toBeGreaterThanOrEqual(4);
      }).toPass();
    }
    await chunkMaps.followToggle().click();
    await expect(chunkMaps.followToggle()).toHaveAttribute('aria-pressed', 'false');
  });

  test('the hazard preset halts with the struct-kfree line, after leaking 16320 bytes of maps', async ({
    app,
    stepper,
    log,
    narration,
    change,
  }) => {
    await app.open();
    await app.choosePreset(HAZARD);
    await stepper.goToStep(2);
    await expect(change.memoryRequests().first()).toContainText('pcpu_mem_alloc(4160)');
    await expect(change.memoryRequests().first()).toContainText('vmalloc');
    await expect(app.panel('memory').getByTestId('chunk-struct-size')).toContainText('= 4160 B');
    const last = 1 + 2049 + 1 + 2049;
    await stepper.goToStep(last);
    await expect(log.lines()).toContainText(
      "percpu: model halted: pcpu_free_chunk() would kfree() a vmalloc'd chunk struct here (undefined behaviour in the real kernel)",
    );
    await expect(change.memoryRequests().last()).toContainText('undefined behaviour');
    await expect(change.leakedBytes()).toContainText('16320 B');
    await expect(narration.text()).toContainText('pcpu_free_chunk still releases it with kfree');
  });

  test('reduced motion turns the transitions off', async ({ page, app, stepper, change }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await stepper.button('Next step').click();
    await stepper.button('Next step').click();
    await expect(app.panel('maparray').getByTestId('map-array')).toHaveAttribute('data-motion', 'on');
    expect(await change.cellTransition(1)).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(app.panel('maparray').getByTestId('map-array')).toHaveAttribute('data-motion', 'off');
    expect(await change.cellTransition(1)).toBe('0s');
  });

  test('a merge closes its gap and a reclaimed chunk folds away; not with reduced motion, nor on a seek', async ({
    page,
    app,
    stepper,
    chunkMaps,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await app.open();
    // Step 13 frees op 8's 20000 bytes in chunk 1 between two free areas, and reclaim
    // destroys the fully free chunk 2 (allocator.md Example 7).
    await app.choosePreset('Slots, a stale hint, new chunks and reclaim');
    await stepper.goToStep(12);
    await stepper.button('Next step').click();
    await expect(stepper.count()).toContainText('step 13 of');
    const animation = (l: ReturnType<typeof app.panel>) =>
      l.evaluate((el) => `${getComputedStyle(el).animationName} ${getComputedStyle(el).animationDuration}`);

    const merge = chunkMaps.row(1).getByTestId('merge-motion');
    await expect(merge).toBeVisible();
    await expect(merge.locator('.cm-merge-seam')).toHaveCount(2);
    expect(await animation(merge.locator('.cm-merge-seam').first())).toBe('cm-seam-close 0.25s');
    const gone = app.panel('chunks').getByTestId('chunk-gone');
    await expect(gone).toHaveAttribute('data-chunk-id', '2');
    expect(await animation(gone)).toBe('cm-fold 0.25s');
    // The state itself is not delayed: chunk 2's row is already gone.
    await expect(chunkMaps.row(2)).toHaveCount(0);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(merge).toBeHidden();
    await expect(gone).toBeHidden();

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await stepper.goToStep(0);
    await stepper.goToStep(13);
    await expect(stepper.count()).toContainText('step 13 of');
    await expect(app.panel('chunks').locator('.cm')).toHaveAttribute('data-motion', 'off');
    await expect(chunkMaps.row(1).getByTestId('merge-motion')).toBeHidden();
    await expect(app.panel('chunks').getByTestId('chunk-gone')).toBeHidden();
  });
});
