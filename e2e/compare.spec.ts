import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/**
 * The default preset is the SLUB bootstrap (allocator.md Example 9): ops 0 and 1 are marks, ops 2–16
 * the 15 kmem_cache_cpu requests (24 B, align 8) before slab, op 17 slab-online. The stepper shows
 * op i at position i + 1.
 */
const FIRST_EARLY_ALLOC_STEP = 3;

test.describe('Compare mode', () => {
  test('with vs without the change: the pre-change side crashes at the first early alloc', async ({
    page,
    app,
    stepper,
    compare,
  }) => {
    await app.open();
    await app.openMode('Compare');

    await expect(compare.form().getByLabel('With vs without the change (earlyAlloc)', { exact: false })).toBeChecked();
    await expect(compare.column('right')).toContainText('earlyAlloc true → false');
    await expect(compare.column('right')).toContainText('the parent commit: no early allocation');

    // allocator.md §9.1: before slab the pre-change code's first legal allocation needs a map
    // extension (2 → 16 entries) and would kzalloc before slab exists: a kernel crash.
    await expect(compare.divergenceMark()).toHaveAttribute('data-step', String(FIRST_EARLY_ALLOC_STEP));
    await expect(compare.divergencePanel()).toContainText(`First divergence at step ${FIRST_EARLY_ALLOC_STEP} (op 2`);
    await expect(compare.divergenceFlags('right-fails')).toHaveCount(1);
    await expect(compare.divergenceFlags('right-fails')).toHaveAttribute('data-from', String(FIRST_EARLY_ALLOC_STEP));
    await expect(compare.divergenceFlags('right-missing')).toHaveAttribute(
      'data-from',
      String(FIRST_EARLY_ALLOC_STEP + 1),
    );
    await expect(compare.divergencePanel()).toContainText('compared configuration’s kernel crashes at step 3');

    await expect(stepper.count()).toHaveText(/^step 0 of /);
    await compare.divergencePanel().getByRole('button', { name: 'Jump to first divergence' }).click();
    await expect(stepper.count()).toHaveText(new RegExp(`^step ${FIRST_EARLY_ALLOC_STEP} of `));
    await expect(compare.divergencePanel().getByTestId('at-divergence')).toBeVisible();

    // Left: the post-change allocator serves it from the dynamic first chunk [-91072, 23616] (Example 1).
    await expect(compare.outcome('left')).toContainText('op 2: alloc 24 B align 8');
    await expect(compare.outcome('left')).toContainText('ok: chunk 1, offset 91072');
    await expect(compare.outcome('right')).toContainText('fails: kernel crash');
    await expect(compare.outcome('right')).toContainText('fails here; the other side does not');
    await expect(compare.log('right')).toContainText('BUG: unable to handle kernel NULL pointer dereference at (null)');

    // Same chunk ids side by side; the gauges show the map capacity each variant booted with.
    await expect(compare.column('left').getByTestId('chunk-row')).toHaveCount(2);
    await expect(compare.column('right').getByTestId('chunk-row')).toHaveCount(2);
    const leftRow = compare.column('left').locator('[data-testid="chunk-row"][data-chunk-id="1"]');
    const rightRow = compare.column('right').locator('[data-testid="chunk-row"][data-chunk-id="1"]');
    await expect(leftRow.getByRole('meter')).toHaveAttribute('aria-valuemax', '128');
    await expect(rightRow.getByRole('meter')).toHaveAttribute('aria-valuemax', '2');
    const [a, b] = [await leftRow.boundingBox(), await rightRow.boundingBox()];
    expect(a && b && Math.abs(a.y - b.y)).toBeLessThan(1);

    // After the crash the right side has nothing more to show.
    await stepper.button('Next step').click();
    await expect(compare.outcome('right')).toContainText('not run: this kernel crashed at step 3');

    const axe = await new AxeBuilder({ page }).include('.compare').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });

  test('custom earlySlots=16 fails two early requests on the compared side only', async ({
    page,
    app,
    stepper,
    compare,
  }, testInfo) => {
    await app.open();
    await app.openMode('Compare');
    await compare.custom({ earlySlots: 16 });
    await expect(compare.column('right')).toContainText('earlySlots 128 → 16');

    // 15 requests of 24/8 each add one map entry from map_used 2; the first failing one finds
    // map_used >= E - 1 (allocator.md Example 4), i.e. the 14th: op 15 (position 16). The 15th fails too.
    await expect(compare.divergenceMark()).toHaveAttribute('data-step', '16');
    const fails = compare.divergenceFlags('right-fails');
    await expect(fails).toHaveCount(1);
    await expect(fails).toHaveAttribute('data-from', '16');
    await expect(fails).toHaveAttribute('data-to', '17');
    await expect(compare.divergenceFlags('left-fails')).toHaveCount(0);
    // After slab both succeed, but the compared side's allocations sit two areas lower, from the
    // first DMA cache (op 18, position 19) on.
    await expect(compare.divergenceFlags('different').first()).toHaveAttribute('data-from', '19');

    await compare
      .divergencePanel()
      .getByRole('button', { name: /^steps 16–17:/ })
      .click();
    await expect(stepper.count()).toHaveText(/^step 16 of /);
    await expect(compare.outcome('right')).toContainText('fails: failed to extend area map');
    await expect(compare.outcome('left')).toContainText('ok: chunk 1');
    await expect(compare.log('right')).toContainText('WARNING: at mm/percpu.c:285 pcpu_mem_alloc()');
    await expect(compare.log('right')).toContainText(
      'PERCPU: allocation failed, size=24 align=8, failed to extend area map',
    );

    // Validation names the field and keeps the last valid comparison on screen.
    await compare.custom({ earlySlots: 1 });
    await expect(compare.form()).toContainText('earlySlots: must be between 2 and 65536 (got 1)');
    await expect(compare.form().getByLabel('Early slots', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(compare.divergenceMark()).toHaveAttribute('data-step', '16');
    await compare.custom({ earlySlots: 16 });

    await testInfo.attach('compare-earlySlots-16', {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });

  test('a compare= link presets the comparison; a bad one is reported by field', async ({ app, compare }) => {
    await app.open('', '?compare=earlySlots%3D16');
    await app.openMode('Compare');
    await expect(compare.form().getByLabel('Early slots', { exact: true })).toHaveValue('16');
    await expect(compare.divergenceMark()).toHaveAttribute('data-step', '16');

    await app.open('', '?compare=pageSize%3D8192');
    await app.openMode('Compare');
    await expect(compare.form().getByRole('alert')).toContainText(
      'pageSize: cannot be changed in a comparison (only earlySlots and earlySize)',
    );
    await expect(compare.divergenceMark()).toHaveAttribute('data-step', String(FIRST_EARLY_ALLOC_STEP));
  });
});
