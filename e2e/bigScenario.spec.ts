import { expect, test } from './fixtures';
import { realisticScenario } from '../src/share/test-support/realisticScenario';
import { MAX_LINK_LENGTH } from '../src/share';
import { flushPersistence } from './flush';

/**
 * Issue 9 item 3: a 100,000-op scenario is too big for a link. The address keeps only the view,
 * the page says why and offers the file, and the autosave (in IndexedDB) reopens it on reload.
 */
test.describe('a scenario too big for a link', () => {
  // Importing and replaying 100,000 ops takes seconds on a loaded machine.
  test.setTimeout(180_000);

  const scenario = { ...realisticScenario(100_000, 9), title: 'Imported: 100,000 ops' };
  const text = JSON.stringify(scenario);

  test('keeps a bounded address, says why, and survives a reload through IndexedDB', async ({
    page,
    app,
    stepper,
    share,
  }) => {
    await app.open();
    await share.importFile('big.scenario.json', text);
    await expect(stepper.count()).toHaveText(/^step 0 of 100,?000$/, { timeout: 120_000 });
    await stepper.scrubber().fill('3');
    await expect(stepper.count()).toHaveText(/^step 3 of 100,?000$/);
    await flushPersistence(page);

    const url = await page.evaluate(() => window.location.href);
    expect(url.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(new URL(url).hash).toBe('');
    expect(new URL(url).search).toBe('?step=3');
    const notice = app.notice('link-too-long');
    await expect(notice).toContainText('This scenario is too big for a link');
    await expect(notice.getByRole('button', { name: 'Export scenario file' })).toBeVisible();

    // Copy link offers the file instead of a link that would open nothing elsewhere.
    await share.group().getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByTestId('copy-status')).toContainText('too big for a link');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('copy-status').getByRole('button', { name: 'Export scenario file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('imported-100-000-ops.scenario.json');

    // A step rewrites only the view: the address follows with no hash.
    await stepper.scrubber().fill('5');
    await flushPersistence(page);
    expect(await page.evaluate(() => window.location.search + window.location.hash)).toBe('?step=5');

    await page.reload();
    await expect(stepper.count()).toHaveText(/^step 5 of 100,?000$/, { timeout: 120_000 });
    await expect(app.scenarioTitle()).toContainText('Imported: 100,000 ops');
    await expect(app.notice('autosave-storage')).toHaveCount(0);
  });
});
