import AxeBuilder from '@axe-core/playwright';
import type { TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppShell } from './pages/AppShell';

/**
 * The allocator pictures on the default preset (SLUB bootstrap, allocator.md §11 Examples 1
 * and 9: S 82880, R 8192, dyn 23616, unit 524288, 4 CPUs, 19 slots). Ops 0 and 1 are marks,
 * ops 2–16 the fifteen 24-byte kmem_cache_cpu allocations, op 17 slab-online.
 */

async function attachShot(app: AppShell, testInfo: TestInfo, panel: string, name: string): Promise<void> {
  await testInfo.attach(name, { body: await app.panel(panel).screenshot(), contentType: 'image/png' });
}

test.describe('chunk maps, unit layout, slot lists', () => {
  test('step 0: the reserved chunk 0 and the first chunk 1, each summarised for screen readers', async ({
    app,
    chunkMaps,
  }, testInfo) => {
    await app.open();
    await expect(chunkMaps.rows()).toHaveCount(2);
    await expect(chunkMaps.row(0)).toHaveAttribute(
      'aria-label',
      'chunk 0, reserved chunk, slot 11 (on no list), 8192 bytes free, map 2 of 128 entries in initdata',
    );
    await expect(chunkMaps.row(1)).toHaveAttribute(
      'aria-label',
      'chunk 1, first chunk, slot 12, 23616 bytes free, map 2 of 128 entries in initdata',
    );
    await expect(chunkMaps.gauge(1)).toHaveAttribute('aria-valuenow', '2');
    await expect(chunkMaps.gauge(1)).toHaveAttribute('aria-valuemax', '128');
    await expect(chunkMaps.bar(1)).toHaveAttribute('role', 'group');
    await expect(app.panel('chunks').getByRole('list', { name: 'Legend' })).toContainText('not mapped by this chunk');
    await attachShot(app, testInfo, 'chunks', 'chunk-maps-step0.png');
    await attachShot(app, testInfo, 'units', 'unit-layout-step0.png');
  });

  test('hover names each area with its offsets and size', async ({ page, app, chunkMaps }) => {
    await app.open();
    // Follow-the-action opens on the first chunk's dynamic area (issue 11); the first chunk's
    // span, 0..114688, puts chunk 1's block [0, 91072) on the left 79 %, its free dynamic area
    // [91072, 114688) on the rest.
    await app.panel('chunks').getByRole('button', { name: 'First chunk span' }).click();
    await chunkMaps.hoverAt(1, 0.4);
    await expect(chunkMaps.tooltip()).toBeVisible();
    await expect(chunkMaps.tooltip()).toContainText('static + reserved');
    await expect(chunkMaps.tooltip()).toContainText('offset 0–91071, 91072 bytes');
    await chunkMaps.hoverAt(1, 0.9);
    await expect(chunkMaps.tooltip()).toContainText('free');
    await expect(chunkMaps.tooltip()).toContainText('offset 91072–114687, 23616 bytes');
    // Chunk 0 maps static + reserved only; the dynamic area is chunk 1's.
    await chunkMaps.hoverAt(0, 0.9);
    await expect(chunkMaps.tooltip()).toContainText('not mapped by this chunk');
    await expect(chunkMaps.tooltip()).toContainText('offset 91072–114687');
    await page.mouse.move(0, 0);
    await expect(chunkMaps.tooltip()).toBeHidden();
  });

  test('slot lists: chunk 1 alone in slot 12, empty runs counted, reserved chunk apart', async ({
    app,
    stepper,
    chunkMaps,
    slots,
  }, testInfo) => {
    await app.open();
    await expect(slots.slot(12)).toHaveAttribute('data-chunks', '1');
    await expect(app.panel('slots').getByTestId('slot')).toHaveCount(1);
    await expect(app.panel('slots').getByTestId('slot-empty-run')).toHaveText([
      'slots 0–11 empty (12 slots)',
      'slots 13–18 empty (6 slots)',
    ]);
    await expect(slots.slot(12)).toContainText('16384–32767 bytes');
    await expect(app.panel('slots').getByTestId('reserved-chunk')).toContainText('c0');
    await expect(slots.nextAllocTry()).toHaveText('The next op is not an allocation.');
    // After the two marks, op 2 asks for 24 bytes: the scan starts at slot 2 (16–31) and
    // reaches chunk 1 in slot 12.
    await stepper.nextSteps(2);
    await expect(slots.nextAllocTry()).toContainText('scans from slot 2 up; it looks at chunk 1 (slot 12) first');
    await expect(chunkMaps.row(1).getByTestId('chunk-tried-next')).toBeVisible();
    await attachShot(app, testInfo, 'slots', 'slot-lists-step2.png');
  });

  test('after kmem_cache_init the early map of chunk 1 holds 17 of 128 entries (Example 9)', async ({
    app,
    stepper,
    chunkMaps,
  }) => {
    await app.open();
    await stepper.scrubber().fill('17');
    await expect(chunkMaps.row(1)).toHaveAttribute(
      'aria-label',
      'chunk 1, first chunk, slot 12, 23256 bytes free, map 17 of 128 entries in initdata',
    );
    await expect(chunkMaps.gauge(1)).toHaveAttribute('aria-valuenow', '17');
    await expect(chunkMaps.row(1).getByTestId('gauge-limit')).toHaveCount(1);
  });

  test('the early map fills before slab: the gauge of chunk 1 is flagged full', async ({
    app,
    stepper,
    chunkMaps,
  }, testInfo) => {
    await app.open();
    await app.choosePreset('Early-slot exhaustion: 140 tiny allocations before slab');
    // allocator.md Example 4: before the 126th 8-byte allocation map_used is 127, and
    // 127 + 2 > 128 — the first failure. The stepper's "next failure" lands on it.
    await stepper.region().getByRole('button', { name: 'Next failure or warning' }).click();
    await expect(chunkMaps.gauge(1)).toHaveAttribute('aria-valuenow', '127');
    await expect(chunkMaps.gauge(1)).toHaveAttribute('aria-valuetext', /full: no slab yet/);
    await expect(chunkMaps.row(1).locator('.cm-gauge-full')).toBeVisible();
    await expect(chunkMaps.row(1)).toHaveAttribute('aria-label', /map 127 of 128 entries in initdata, map full$/);
    await attachShot(app, testInfo, 'chunks', 'chunk-maps-gauge-full.png');
  });

  test('4096 CPUs on one node: the unit layout counts units per group instead of drawing them', async ({
    app,
    config,
  }, testInfo) => {
    await app.open();
    await config.field('CPUs').fill('4096');
    await config.field('CPU → node').fill('0x4096');
    await app.panel('config').getByRole('button', { name: 'Apply' }).click();
    // §4.3: max_upa 16; upa 16 needs 256 allocations with no waste, upa 8 needs 512 → upa 16.
    const row = app.panel('units').getByTestId('unit-group-summary');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('256 × 16 units');
    await expect(row).toContainText('4096: 0–4095');
    await expect(app.panel('units').getByTestId('unit')).toHaveCount(0);
    await attachShot(app, testInfo, 'units', 'unit-layout-4096.png');
  });

  test('selecting an allocation highlights it in the map and at the same offset in every unit', async ({
    page,
    app,
    stepper,
    chunkMaps,
    unitLayout,
  }, testInfo) => {
    await app.open();
    // Step 3: op 2 (kmem_cache_cpu kmem_cache_node) took 24 bytes at 91072 in chunk 1.
    await stepper.nextSteps(3);
    await expect(chunkMaps.row(1)).toHaveAttribute('aria-label', /23592 bytes free, map 3 of 128/);
    const bar = chunkMaps.bar(1);
    await bar.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(chunkMaps.tooltip()).toContainText('allocated by op 2');
    await expect(chunkMaps.tooltip()).toContainText('“kmem_cache_cpu kmem_cache_node”');
    await expect(chunkMaps.tooltip()).toContainText('offset 91072–91095, 24 bytes');
    // The arrows moved the cursor, not the stepper.
    await expect(stepper.count()).toHaveText('step 3 of 43');

    // Zoom onto the 24-byte area and click it.
    await page.keyboard.press('z');
    const box = await chunkMaps.row(1).getByTestId('active-area').boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect(chunkMaps.row(1).getByTestId('selected-area')).toHaveAttribute('data-offset', '91072');

    // Units at 0, 524288, 1048576, 1572864: the allocation is at unit offset + 91072.
    await expect(unitLayout.selections()).toHaveText([
      'c1:u0 @ 91072',
      'c1:u1 @ 615360',
      'c1:u2 @ 1139648',
      'c1:u3 @ 1663936',
    ]);
    await attachShot(app, testInfo, 'chunks', 'chunk-maps-selected.png');
    await attachShot(app, testInfo, 'units', 'unit-layout-selected.png');

    // Clicking a free area clears the selection.
    await chunkMaps.hoverAt(1, 0.95);
    await page.mouse.down();
    await page.mouse.up();
    await expect(unitLayout.selections()).toHaveCount(0);
  });

  test('Enter selects the area under the keyboard cursor', async ({ page, app, stepper, chunkMaps, unitLayout }) => {
    await app.open();
    await stepper.nextSteps(4);
    await chunkMaps.bar(1).focus();
    // Areas: block, op 2, op 3, free, then the unmapped unit tail. End → tail, two left → op 3.
    await page.keyboard.press('End');
    await expect(chunkMaps.tooltip()).toContainText('returned to bootmem');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(chunkMaps.row(1).getByTestId('selected-area')).toHaveAttribute('data-offset', '91096');
    await expect(unitLayout.selections().first()).toHaveText('c1:u0 @ 91096');
  });

  test('themes change the map colours through CSS variables', async ({ page, app, chunkMaps }, testInfo) => {
    await app.open();
    const freeFill = () =>
      chunkMaps
        .bar(1)
        .locator('[data-testid="area-paths"] path.pal-free')
        .evaluate((el) => getComputedStyle(el).fill);
    expect(await freeFill()).toBe('rgb(232, 238, 243)');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect.poll(freeFill).toBe('rgb(31, 42, 54)');
    await attachShot(app, testInfo, 'chunks', 'chunk-maps-dark.png');
  });

  test('the three views have no axe violations', async ({ page, app, stepper }) => {
    await app.open();
    await stepper.nextSteps(3);
    const results = await new AxeBuilder({ page })
      .include('[data-panel="chunks"]')
      .include('[data-panel="units"]')
      .include('[data-panel="slots"]')
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
