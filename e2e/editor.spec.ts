import { expect, test } from '@playwright/test';
import { ExplorerPage } from './pages/ExplorerPage';

/**
 * The default preset is the SLUB bootstrap (43 ops): marks at 0–1, fifteen 24-byte kmem_cache_cpu
 * allocations at ops[2]–ops[16], slab-online at ops[17], then 13 DMA caches, a mark, 10 allocations
 * and a final mark. allocator.md Example 9: chunk 1's dynamic area starts at 91072 and the 24-byte
 * (align 8) allocations follow each other: ops[2] at 91072, ops[3] at 91096, … ops[16] at 91408.
 */
const SLUB_OPS = 43;
const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';

test.describe('op editor', () => {
  test('adds an alloc at the current step: it runs next and the chunk map changes', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.goToStep(17);
    await expect(app.stepCount()).toHaveText(`step 17 of ${SLUB_OPS}`);
    const mapBefore = await app.chunkRow(1).getAttribute('aria-label');

    await app.insertAlloc(40, 8, 'my <b>counter</b>');
    // Inserted at ops[17] (before slab-online) and now the current op.
    await expect(app.stepCount()).toHaveText(`step 18 of ${SLUB_OPS + 1}`);
    const row = app.opRow(17);
    await expect(row).toContainText('alloc 40 B align 8');
    await expect(row).toContainText('my <b>counter</b>'); // markup stays text
    // After fifteen 24-byte allocations from 91072 the next 8-aligned byte is 91072 + 360 = 91432.
    await expect(row).toContainText('→ chunk 1 @ 91432');
    await expect(app.chunkRow(1)).not.toHaveAttribute('aria-label', mapBefore ?? '');
    await expect(app.opRow(18)).toContainText('slab online');
    await expect(app.editStatus()).toHaveText('Done: insert alloc 40 B align 8 at ops[17].');
  });

  test('validates the alloc fields inline, naming the field', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const form = app.newOpForm('alloc');
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

  test('frees a live allocation and adds a mark', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.goToStep(17);
    await app.insertFree('ops[2] kmem_cache_cpu kmem_cache_node — chunk 1 @ 91072');
    await expect(app.stepCount()).toHaveText(`step 18 of ${SLUB_OPS + 1}`);
    await expect(app.opRow(17)).toContainText('free #2');
    await expect(app.opRow(17)).toContainText('← chunk 1 @ 91072');
    // Once freed, ops[2] is no longer offered.
    await app.chooseNewOpKind('free');
    await expect(app.newOpForm('free').getByRole('option', { name: /^ops\[2\] / })).toHaveCount(0);

    await app.insertMark('<script>alert(1)</script>');
    await expect(app.stepCount()).toHaveText(`step 19 of ${SLUB_OPS + 2}`);
    await expect(app.opRow(18)).toContainText('mark <script>alert(1)</script>');
    // slab-online is there already: the form says so instead of offering a second one.
    await app.chooseNewOpKind('slab-online');
    await expect(app.newOpForm('slab-online').getByRole('button', { name: 'Insert slab-online' })).toBeDisabled();
    await expect(app.newOpForm('slab-online')).toContainText('slab-online is already ops[19]');
  });

  test('deletes, duplicates and reorders the selected op', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.goToStep(3);
    await expect(app.selectedOp()).toContainText(
      'Selected: ops[2] alloc 24 B align 8 · kmem_cache_cpu kmem_cache_node',
    );

    await app.editorButton('Duplicate').click();
    await expect(app.stepCount()).toHaveText(`step 4 of ${SLUB_OPS + 1}`);
    await expect(app.opRow(3)).toContainText('kmem_cache_cpu kmem_cache_node');
    await expect(app.opRow(3)).toContainText('→ chunk 1 @ 91096');
    await expect(app.opRow(4)).toContainText('kmem_cache_cpu kmem_cache');

    await app.editorButton('Move down').click();
    await expect(app.stepCount()).toHaveText(`step 5 of ${SLUB_OPS + 1}`);
    await expect(app.opRow(3)).toContainText('kmem_cache_cpu kmem_cache');
    await expect(app.opRow(3)).toContainText('→ chunk 1 @ 91096');
    await expect(app.opRow(4)).toContainText('kmem_cache_cpu kmem_cache_node');

    await app.editorButton('Move up').click();
    await expect(app.stepCount()).toHaveText(`step 4 of ${SLUB_OPS + 1}`);
    await expect(app.opRow(3)).toContainText('kmem_cache_cpu kmem_cache_node');

    await app.editorButton('Delete').click();
    await expect(app.stepCount()).toHaveText(`step 3 of ${SLUB_OPS}`);
    await expect(app.opRow(3)).toContainText('kmem_cache_cpu kmem_cache');
    await expect(app.opRow(3)).not.toContainText('kmem_cache_node');
  });

  test('refuses a move that puts a free before its alloc; deleting an alloc deletes its free', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.goToStep(3);
    await app.insertFree('ops[2] kmem_cache_cpu kmem_cache_node — chunk 1 @ 91072');
    await expect(app.selectedOp()).toContainText('Selected: ops[3] free #2');

    await app.editorButton('Move up').click();
    await expect(app.editRefusal()).toContainText(
      'Move refused: ops[3] free #2 would run before ops[2] alloc 24 B align 8, the alloc it frees.',
    );
    await expect(app.stepCount()).toHaveText(`step 4 of ${SLUB_OPS + 1}`);
    await expect(app.opRow(3)).toContainText('free #2');

    // Duplicating the free would free twice: the schema's words explain the refusal.
    await app.editorButton('Duplicate').click();
    await expect(app.editRefusal()).toContainText('ops[4].alloc: ops[2] is already freed by ops[3]');
    await app.editRefusal().getByRole('button', { name: 'Dismiss' }).click();
    await expect(app.editRefusal()).toHaveCount(0);

    await app.goToStep(3);
    await app.editorButton('Delete').click();
    await expect(app.editStatus()).toContainText(
      'ops[3] free #2 freed ops[2] alloc 24 B align 8, so it was deleted too.',
    );
    await expect(app.stepCount()).toHaveText(`step 2 of ${SLUB_OPS - 1}`);
  });

  test('skipping an op re-runs the boot without it; the next alloc takes its offset', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.goToStep(4);
    await expect(app.opRow(3)).toContainText('→ chunk 1 @ 91096');
    await app.goToStep(3);
    await app.editorButton('Skip').click();
    await expect(app.stepCount()).toHaveText(`step 3 of ${SLUB_OPS}`);
    await expect(app.selectedOp()).toContainText('(skipped)');
    await expect(app.opRow(2)).toContainText('skipped: alloc 24 B align 8');
    await expect(app.opRow(3)).toContainText('→ chunk 1 @ 91072');

    await app.editorButton('Unskip').click();
    await expect(app.opRow(3)).toContainText('→ chunk 1 @ 91096');
  });

  test('skipping an early counter moves the early-slot exhaustion one allocation later', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    // allocator.md Example 4: counters 1–125 fit (ops[1]…ops[125]); ops[126] cannot extend the map.
    await app.goToStep(127);
    await expect(app.opRow(126)).toContainText('fails: failed to extend area map');
    await app.goToStep(2);
    await app.editorButton('Skip').click();
    await app.goToStep(128);
    // Without ops[1] the 125 allocations that fit are ops[2]…ops[126], the last at 91072 + 8·124.
    await expect(app.opRow(126)).toContainText('→ chunk 1 @ 92064');
    await expect(app.opRow(127)).toContainText('fails: failed to extend area map');
  });

  test('undo and redo every edit with the keyboard and the buttons', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await expect(app.editorButton('Undo')).toBeDisabled();
    await app.goToStep(17);
    await app.insertAlloc(40, 8, 'added'); // edit 1: 44 ops
    await app.goToStep(3);
    await app.editorButton('Skip').click(); // edit 2: ops[2] skipped
    await app.editorButton('Move down').click(); // edit 3: ops[2] ↔ ops[3]
    await app.editorButton('Delete').click(); // edit 4: 43 ops
    await expect(app.stepCount()).toHaveText(`step 3 of ${SLUB_OPS}`);
    await expect(app.editorButton('Undo')).toHaveAttribute('title', 'Undo delete ops[3] alloc 24 B align 8 (Ctrl+Z)');

    // Typing in a field keeps Ctrl+Z for the text.
    await app.chooseNewOpKind('mark');
    await app.newOpForm('mark').getByLabel('Label', { exact: true }).fill('typing');
    await app.newOpForm('mark').getByLabel('Label', { exact: true }).press('Control+z');
    await expect(app.stepCount()).toHaveText(`step 3 of ${SLUB_OPS}`);

    await app.editor().getByLabel('Op kind').focus(); // not a text field: the shortcut works
    await page.keyboard.press('Control+z'); // undo the delete
    await expect(app.stepCount()).toHaveText(`step 4 of ${SLUB_OPS + 1}`);
    await expect(app.opRow(3)).toContainText('skipped: alloc 24 B align 8');
    await page.keyboard.press('Control+z'); // undo the move
    await expect(app.opRow(2)).toContainText('skipped: alloc 24 B align 8');
    await expect(app.opRow(3)).toContainText('→ chunk 1 @ 91072');
    await app.editorButton('Undo').click(); // undo the skip
    await expect(app.opRow(3)).toContainText('→ chunk 1 @ 91096');
    await expect(app.opRow(2)).toContainText('→ chunk 1 @ 91072');
    await app.editorButton('Undo').click(); // undo the insert
    await expect(app.stepCount()).toHaveText(`step 17 of ${SLUB_OPS}`);
    await expect(app.editorButton('Undo')).toBeDisabled();

    await page.keyboard.press('Control+Shift+Z'); // redo the insert
    await expect(app.stepCount()).toHaveText(`step 18 of ${SLUB_OPS + 1}`);
    await expect(app.opRow(17)).toContainText('added');
    await page.keyboard.press('Control+y'); // redo the skip
    await expect(app.stepCount()).toHaveText(`step 3 of ${SLUB_OPS + 1}`);
    await expect(app.opRow(2)).toContainText('skipped: alloc 24 B align 8');
    await app.editorButton('Redo').click(); // redo the move
    await expect(app.opRow(3)).toContainText('skipped: alloc 24 B align 8');
    await app.editorButton('Redo').click(); // redo the delete
    await expect(app.stepCount()).toHaveText(`step 3 of ${SLUB_OPS}`);
    await expect(app.editorButton('Redo')).toBeDisabled();
    await expect(app.editStatus()).toHaveText('Redone: delete ops[3] alloc 24 B align 8.');
  });

  test('the generator adds N allocations, or frees every k-th live one, as one undo step each', async ({
    page,
  }, testInfo) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.stepperButton('Last step').click();
    await app.editor().getByText('Generate a batch').click();
    const allocs = app.editor().getByRole('form', { name: 'Generate allocations' });
    await allocs.getByLabel('Count', { exact: true }).fill('5');
    await allocs.getByLabel('Size', { exact: true }).fill('16');
    await allocs.getByLabel('Align', { exact: true }).fill('16');
    await allocs.getByLabel('Label prefix', { exact: true }).fill('gen');
    await allocs.getByRole('button', { name: 'Add 5 allocations' }).click();
    await expect(app.stepCount()).toHaveText(`step ${SLUB_OPS + 5} of ${SLUB_OPS + 5}`);
    for (let n = 1; n <= 5; n++) await expect(app.opRow(SLUB_OPS + n - 1)).toContainText(`gen ${n}`);

    // All 38 allocations of the preset succeed and none is freed; with the 5 new ones 43 are live.
    const frees = app.editor().getByRole('form', { name: 'Free every k-th live allocation' });
    await frees.getByLabel('Every k-th', { exact: true }).fill('2');
    await expect(frees.getByTestId('free-batch-count')).toContainText('43 live allocations');
    await frees.getByRole('button', { name: 'Free 21 allocations' }).click();
    await expect(app.stepCount()).toHaveText(`step ${SLUB_OPS + 26} of ${SLUB_OPS + 26}`);
    await expect(app.opRow(SLUB_OPS + 25)).toContainText('free #');

    await testInfo.attach('op-editor', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    await page.keyboard.press('Control+z');
    await expect(app.stepCount()).toHaveText(`step ${SLUB_OPS + 5} of ${SLUB_OPS + 5}`);
    await page.keyboard.press('Control+z');
    await expect(app.stepCount()).toHaveText(`step ${SLUB_OPS} of ${SLUB_OPS}`);
  });
});
