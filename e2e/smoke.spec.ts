import { expect, test } from './fixtures';

test('opens on the SLUB bootstrap preset with its chunks', async ({ page, app }) => {
  await app.open();
  await expect(page.getByText('SLUB bootstrap on a 4-CPU x86_64 box').first()).toBeVisible();
  await expect(app.panel('chunks')).toBeVisible();
});
