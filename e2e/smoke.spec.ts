import { expect, test } from '@playwright/test';
import { ExplorerPage } from './pages/ExplorerPage';

test('opens on the SLUB bootstrap preset with its chunks', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.open();
  await expect(page.getByText('SLUB bootstrap on a 4-CPU x86_64 box').first()).toBeVisible();
  await expect(app.panel('chunks')).toBeVisible();
});
