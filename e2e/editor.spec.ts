import { expect, test } from './fixtures';

/**
 * The default preset is the SLUB bootstrap (43 ops): marks at 0–1, fifteen 24-byte kmem_cache_cpu
 * allocations at ops[2]–ops[16], slab-online at ops[17], then 13 DMA caches, a mark, 10 allocations
 * and a final mark. allocator.md Example 9: chunk 1's dynamic area starts at 91072 and the 24-byte
 * (align 8) allocations follow each other: ops[2] at 91072, ops[3] at 91096, … ops[16] at 91408.
 */
const SLUB_OPS = 43;
const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';

test.describe('op editor', () => {
  test('adds an alloc at the current step: it runs next and the chunk map changes', async ({
    app,
    stepper,
    timeline,
    chunkMaps,
    editor,
  }) => {
    await app.open();
    await stepper.goToStep(17);
    await expect(stepper.count()).toHaveText(`step 17 of ${SLUB_OPS}`);
    const mapBefore = await chunkMaps.row(1).getAttribute('aria-label');

    await editor.insertAlloc(40, 8, 'my <b>counter</b>');
    // Inserted at ops[17] (before slab-online) and now the current op.
    await expect(stepper.count()).toHaveText(`step 18 of ${SLUB_OPS + 1}`);
    const row = timeline.opRow(17);
    await expect(row).toContainText('alloc 40 B align 8');
    await expect(row).toContainText('my <b>counter</b>'); // markup stays text
    // After fifteen 24-byte allocations from 91072 the next 8-aligned byte is 91072 + 360 = 91432.
    await expect(row).toContainText('→ chunk 1 @ 91432');
    await expect(chunkMaps.row(1)).not.toHaveAttribute('aria-label', mapBefore ?? '');
    await expect(timeline.opRow(18)).toContainText('slab online');
    await expect(editor.status()).toHaveText('Done: insert alloc 40 B align 8 at ops[17].');
  });

  test('validates the alloc fields inline, naming the field', async ({ app, editor }) => {
    await app.open();
    const form = editor.newOpForm('alloc');
    await form.getByLabel('Size', { exact: true }).fill('abc');
    await form.getByLabel('Align', { exact: true }).fill('3');
    await expect(form).toContainText('Size: expected an integer, got the text "abc"');
    await expect(form).toContainText('Align: 3 is not a power of two');
    await expect(form.getByLabel('Size', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('button', { name: 'Insert alloc' })).toBeDisabled();
    await form.getByLabel('Size', { exact: true }).fill('8');
    await form.getByLabel('Align', { exact: true }).fill('8');
    await expect(form.getByRole('button', { name: 'Insert alloc' })).toBeEnabled();
  });

  test('frees a live allocation and adds a mark', async ({ app, stepper, timeline, editor }) => {
    await app.open();
    await stepper.goToStep(17);
    await editor.insertFree('ops[2] kmem_cache_cpu kmem_cache_node — chunk 1 @ 91072');
    await expect(stepper.count()).toHaveText(`step 18 of ${SLUB_OPS + 1}`);
    await expect(timeline.opRow(17)).toContainText('free #2');
    await expect(timeline.opRow(17)).toContainText('← chunk 1 @ 91072');
    // Once freed, ops[2] is no longer offered.
    await editor.chooseNewOpKind('free');
    await expect(editor.newOpForm('free').getByRole('option', { name: /^ops\[2\] / })).toHaveCount(0);

    await editor.insertMark('<script>alert(1)</script>');
    await expect(stepper.count()).toHaveText(`step 19 of ${SLUB_OPS + 2}`);
    await expect(timeline.opRow(18)).toContainText('mark <script>alert(1)</script>');
    // slab-online is there already: the form says so instead of offering a second one.
    await editor.chooseNewOpKind('slab-online');
    await expect(editor.newOpForm('slab-online').getByRole('button', { name: 'Insert slab-online' })).toBeDisabled();
    await expect(editor.newOpForm('slab-online')).toContainText('slab-online is already ops[19]');
  });

  test('deletes, duplicates and reorders the selected op', async ({ app, stepper, timeline, editor }) => {
    await app.open();
    await stepper.goToStep(3);
    await expect(editor.selectedOp()).toContainText(
      'Selected: ops[2] alloc 24 B align 8 · kmem_cache_cpu kmem_cache_node',
    );

    await editor.button('Duplicate').click();
    await expect(stepper.count()).toHaveText(`step 4 of ${SLUB_OPS + 1}`);
    await expect(timeline.opRow(3)).toContainText('kmem_cache_cpu kmem_cache_node');
    await expect(timeline.opRow(3)).toContainText('→ chunk 1 @ 91096');
    await expect(timeline.opRow(4)).toContainText('kmem_cache_cpu kmem_cache');

    await editor.button('Move down').click();
    await expect(stepper.count()).toHaveText(`step 5 of ${SLUB_OPS + 1}`);
    await expect(timeline.opRow(3)).toContainText('kmem_cache_cpu kmem_cache');
    await expect(timeline.opRow(3)).toContainText('→ chunk 1 @ 91096');
    await expect(timeline.opRow(4)).toContainText('kmem_cache_cpu kmem_cache_node');

    await editor.button('Move up').click();
    await expect(stepper.count()).toHaveText(`step 4 of ${SLUB_OPS + 1}`);
    await expect(timeline.opRow(3)).toContainText('kmem_cache_cpu kmem_cache_node');

    await editor.button('Delete').click();
    await expect(stepper.count()).toHaveText(`step 3 of ${SLUB_OPS}`);
    await expect(timeline.opRow(3)).toContainText('kmem_cache_cpu kmem_cache');
    await expect(timeline.opRow(3)).not.toContainText('kmem_cache_node');
  });

  test('refuses a move that puts a free before its alloc; deleting an alloc deletes its free', async ({
    app,
    stepper,
    timeline,
    editor,
  }) => {
    await app.open();
    await stepper.goToStep(3);
    await editor.insertFree('ops[2] kmem_cache_cpu kmem_cache_node — chunk 1 @ 91072');
    await expect(editor.selectedOp()).toContainText('Selected: ops[3] free #2');

    await editor.button('Move up').click();
    await expect(editor.refusal()).toContainText(
      'Move refused: ops[3] free #2 would run before ops[2] alloc 24 B align 8, the alloc it frees.',
    );
    await expect(stepper.count()).toHaveText(`step 4 of ${SLUB_OPS + 1}`);
    await expect(timeline.opRow(3)).toContainText('free #2');

    // Duplicating the free would free twice: the schema's words explain the refusal.
    await editor.button('Duplicate').click();
    await expect(editor.refusal()).toContainText('ops[4].alloc: ops[2] is already freed by ops[3]');
    await editor.refusal().getByRole('button', { name: 'Dismiss' }).click();
    await expect(editor.refusal()).toHaveCount(0);

    await stepper.goToStep(3);
    await editor.button('Delete').click();
    await expect(editor.status()).toContainText(
      'ops[3] free #2 freed ops[2] alloc 24 B align 8, so it was deleted too.',
    );
    await expect(stepper.count()).toHaveText(`step 2 of ${SLUB_OPS - 1}`);
  });

  test('skipping an op re-runs the boot without it; the next alloc takes its offset', async ({
    app,
    stepper,
    timeline,
    editor,
  }) => {
    await app.open();
    await stepper.goToStep(4);
    await expect(timeline.opRow(3)).toContainText('→ chunk 1 @ 91096');
    await stepper.goToStep(3);
    await editor.button('Skip').click();
    await expect(stepper.count()).toHaveText(`step 3 of ${SLUB_OPS}`);
    await expect(editor.selectedOp()).toContainText('(skipped)');
    await expect(timeline.opRow(2)).toContainText('skipped: alloc 24 B align 8');
    await expect(timeline.opRow(3)).toContainText('→ chunk 1 @ 91072');

    await editor.button('Unskip').click();
    await expect(timeline.opRow(3)).toContainText('→ chunk 1 @ 91096');
  });

  test('skipping an early counter moves the early-slot exhaustion one allocation later', async ({
    app,
    stepper,
    timeline,
    editor,
  }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    // allocator.md Example 4: counters 1–125 fit (ops[1]…ops[125]); ops[126] cannot extend the map.
    await stepper.goToStep(127);
    await expect(timeline.opRow(126)).toContainText('fails: failed to extend area map');
    await stepper.goToStep(2);
    await editor.button('Skip').click();
    await stepper.goToStep(128);
    // Without ops[1] the 125 allocations that fit are ops[2]…ops[126], the last at 91072 + 8·124.
    await expect(timeline.opRow(126)).toContainText('→ chunk 1 @ 92064');
    await expect(timeline.opRow(127)).toContainText('fails: failed to extend area map');
  });

  test('undo and redo every edit with the keyboard and the buttons', async ({
    page,
    app,
    stepper,
    timeline,
    editor,
  }) => {
    await app.open();
    await expect(editor.button('Undo')).toBeDisabled();
    await stepper.goToStep(17);
    await editor.insertAlloc(40, 8, 'added'); // edit 1: 44 ops
    await stepper.goToStep(3);
    await editor.button('Skip').click(); // edit 2: ops[2] skipped
    await editor.button('Move down').click(); // edit 3: ops[2] ↔ ops[3]
    await editor.button('Delete').click(); // edit 4: 43 ops
    await expect(stepper.count()).toHaveText(`step 3 of ${SLUB_OPS}`);
    await expect(editor.button('Undo')).toHaveAttribute('title', 'Undo delete ops[3] alloc 24 B align 8 (Ctrl+Z)');

    // Typing in a field keeps Ctrl+Z for the text.
    await editor.chooseNewOpKind('mark');
    await editor.newOpForm('mark').getByLabel('Label', { exact: true }).fill('typing');
    await editor.newOpForm('mark').getByLabel('Label', { exact: true }).press('Control+z');
    await expect(stepper.count()).toHaveText(`step 3 of ${SLUB_OPS}`);

    await editor.panel().getByLabel('Op kind').focus(); // not a text field: the shortcut works
    await page.keyboard.press('Control+z'); // undo the delete
    await expect(stepper.count()).toHaveText(`step 4 of ${SLUB_OPS + 1}`);
    await expect(timeline.opRow(3)).toContainText('skipped: alloc 24 B align 8');
    await page.keyboard.press('Control+z'); // undo the move
    await expect(timeline.opRow(2)).toContainText('skipped: alloc 24 B align 8');
    await expect(timeline.opRow(3)).toContainText('→ chunk 1 @ 91072');
    await editor.button('Undo').click(); // undo the skip
    await expect(timeline.opRow(3)).toContainText('→ chunk 1 @ 91096');
    await expect(timeline.opRow(2)).toContainText('→ chunk 1 @ 91072');
    await editor.button('Undo').click(); // undo the insert
    await expect(stepper.count()).toHaveText(`step 17 of ${SLUB_OPS}`);
    await expect(editor.button('Undo')).toBeDisabled();

    await page.keyboard.press('Control+Shift+Z'); // redo the insert
    await expect(stepper.count()).toHaveText(`step 18 of ${SLUB_OPS + 1}`);
    await expect(timeline.opRow(17)).toContainText('added');
    await page.keyboard.press('Control+y'); // redo the skip
    await expect(stepper.count()).toHaveText(`step 3 of ${SLUB_OPS + 1}`);
    await expect(timeline.opRow(2)).toContainText('skipped: alloc 24 B align 8');
    await editor.button('Redo').click(); // redo the move
    await expect(timeline.opRow(3)).toContainText('skipped: alloc 24 B align 8');
    await editor.button('Redo').click(); // redo the delete
    await expect(stepper.count()).toHaveText(`step 3 of ${SLUB_OPS}`);
    await expect(editor.button('Redo')).toBeDisabled();
    await expect(editor.status()).toHaveText('Redone: delete ops[3] alloc 24 B align 8.');
  });

  test('the generator adds N allocations, or frees every k-th live one, as one undo step each', async ({
    page,
    app,
    stepper,
    timeline,
    editor,
  }, testInfo) => {
    await app.open();
    await stepper.button('Last step').click();
    await editor.panel().getByText('Generate a batch').click();
    const allocs = editor.panel().getByRole('form', { name: 'Generate allocations' });
    await allocs.getByLabel('Count', { exact: true }).fill('5');
    await allocs.getByLabel('Size', { exact: true }).fill('16');
    await allocs.getByLabel('Align', { exact: true }).fill('16');
    await allocs.getByLabel('Label prefix', { exact: true }).fill('gen');
    await allocs.getByRole('button', { name: 'Add 5 allocations' }).click();
    await expect(stepper.count()).toHaveText(`step ${SLUB_OPS + 5} of ${SLUB_OPS + 5}`);
    for (let n = 1; n <= 5; n++) await expect(timeline.opRow(SLUB_OPS + n - 1)).toContainText(`gen ${n}`);

    // All 38 allocations of the preset succeed and none is freed; with the 5 new ones 43 are live.
    const frees = editor.panel().getByRole('form', { name: 'Free every k-th live allocation' });
    await frees.getByLabel('Every k-th', { exact: true }).fill('2');
    await expect(frees.getByTestId('free-batch-count')).toContainText('43 live allocations');
    await frees.getByRole('button', { name: 'Free 21 allocations' }).click();
    await expect(stepper.count()).toHaveText(`step ${SLUB_OPS + 26} of ${SLUB_OPS + 26}`);
    await expect(timeline.opRow(SLUB_OPS + 25)).toContainText('free #');

    await testInfo.attach('op-editor', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    await page.keyboard.press('Control+z');
    await expect(stepper.count()).toHaveText(`step ${SLUB_OPS + 5} of ${SLUB_OPS + 5}`);
    await page.keyboard.press('Control+z');
    await expect(stepper.count()).toHaveText(`step ${SLUB_OPS} of ${SLUB_OPS}`);
  });
});
