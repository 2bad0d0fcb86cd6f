import { expect, test } from './fixtures';
import type { Scenario } from '../src/engine/types';
import { DEFAULT_PRESET } from '../src/scenario/presets';
import { encodeLink } from '../src/share';
import { linkOf } from '../src/share/test-support/links';
import { AppShell } from './pages/AppShell';
import { ShareRegion } from './pages/ShareRegion';
import { AUTOSAVE_KEY, KEPT_KEY, StorageAndFiles } from './pages/StorageAndFiles';

/** Issue 9: bad input never locks anyone out or loses their work. */

const MINE: Scenario = {
  format: 'percpu-scenario',
  version: 1,
  title: 'My edited boot',
  config: { ...DEFAULT_PRESET.scenario.config, cpus: 2, cpuToNode: [0, 0] },
  ops: [
    { op: 'alloc', size: 64, align: 8, label: 'first' },
    { op: 'alloc', size: 128, align: 64, label: 'second' },
  ],
};

/** The 520 KB file of the report: 130,000 bad cpuToNode entries (zod used to overflow the stack). */
const MANY_PROBLEMS = JSON.stringify({ config: { cpuToNode: Array.from({ length: 130_000 }, () => 'x') } });

test.describe('many validation problems (item 1)', () => {
  test('an autosave holding them no longer blanks the page: the app opens and says why', async ({
    page,
    app,
    storage,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await storage.seedBeforeFirstLoad(
      AUTOSAVE_KEY,
      `{"format":"percpu-autosave","version":1,"presetId":null,"step":0,"edited":true,"scenario":${JSON.stringify({ ...MINE, config: { cpuToNode: Array.from({ length: 130_000 }, () => 'x') } })}}`,
    );
    await app.open();
    await expect(app.scenarioTitle()).toContainText(DEFAULT_PRESET.scenario.title!);
    await expect(app.notice('autosave-storage')).toContainText('config.cpuToNode: at most 4096 entries (got 130000)');
    expect(errors).toEqual([]);
  });

  test('importing such a file lists a bounded set of problems and keeps the scenario', async ({ page, app, share }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await app.open();
    await share.importFile('many.scenario.json', MANY_PROBLEMS);
    const notice = app.notice('import');
    await expect(notice).toContainText('“many.scenario.json” was not opened — your scenario is unchanged.');
    await expect(notice).toContainText('config.cpuToNode: at most 4096 entries (got 130000)');

    const badOps = JSON.stringify({
      format: 'percpu-scenario',
      version: 1,
      ops: Array.from({ length: 100_000 }, () => ({ op: 'alloc', size: 'x', align: 8 })),
    });
    await share.dropFile('ops.scenario.json', badOps);
    await expect(notice).toContainText('“ops.scenario.json” was not opened');
    await expect(notice.locator('li')).toHaveCount(51);
    await expect(notice.locator('li').last()).toHaveText('… and 99,950 more problems');
    await expect(app.scenarioTitle()).toContainText(DEFAULT_PRESET.scenario.title!);
    expect(errors).toEqual([]);
  });
});

test.describe('recovery keeps the edit (item 2)', () => {
  test('"Open the default scenario" on a broken link sets the edited autosave aside and offers it back', async ({
    page,
    app,
    stepper,
    share,
    storage,
  }) => {
    await app.open();
    await share.importFile('mine.scenario.json', JSON.stringify(MINE));
    await expect(app.scenarioTitle()).toContainText('My edited boot');
    await stepper.nextSteps(1);
    await expect.poll(() => storage.item(AUTOSAVE_KEY)).toContain('My edited boot');

    const truncated = encodeLink(DEFAULT_PRESET.scenario, { step: 3, selection: null }).slice(0, 40);
    await page.goto(`/${truncated}`);
    await expect(share.linkErrorPage()).toBeVisible();
    await share.recoveryButton('Open the default scenario').click();
    await expect(app.scenarioTitle()).toContainText(DEFAULT_PRESET.scenario.title!);
    const kept = app.notice('autosave-kept');
    await expect(kept).toHaveText(
      /Your autosaved scenario “My edited boot” is kept — the default scenario did not replace it\./,
    );
    await expect.poll(() => storage.item(KEPT_KEY)).toContain('My edited boot');
    await kept.getByRole('button', { name: 'Restore it' }).click();
    await expect(app.scenarioTitle()).toContainText('My edited boot');
    await expect(stepper.count()).toHaveText('step 1 of 2');
  });
});

test('a small link with 100,000 bad ops shows a bounded problem list (item 6)', async ({ page, share }) => {
  const hash = linkOf(JSON.stringify({ o: Array.from({ length: 100_000 }, () => ['x', 8]) }));
  expect(hash.length).toBeLessThan(10_000);
  await page.goto(`/${hash}`);
  await expect(share.linkErrorPage()).toBeVisible();
  const problems = page.getByTestId('link-error-problems').locator('li');
  await expect(problems).toHaveCount(51);
  await expect(problems.last()).toHaveText('… and 99,950 more problems');
});

test.describe('files from elsewhere (item 12)', () => {
  test('a Latin-1 file opens with a warning that says so', async ({ app, storage }) => {
    await app.open();
    await storage.importBytes(
      'latin1.scenario.json',
      Buffer.from(JSON.stringify({ ...MINE, title: 'Café boot' }), 'latin1'),
    );
    await expect(app.scenarioTitle()).toContainText('Caf\ufffd boot');
    const notice = app.notice('import');
    await expect(notice).toContainText('it is not valid UTF-8 (it may be Latin-1 or Windows-1252: save it as UTF-8)');
  });

  test('a UTF-16 file opens, and a file of a newer format version says a newer Percpu Explorer made it', async ({
    app,
    share,
    storage,
  }) => {
    await app.open();
    await storage.importBytes(
      'utf16.scenario.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(MINE), 'utf16le')]),
    );
    await expect(app.scenarioTitle()).toContainText('My edited boot');
    await share.importFile('future.scenario.json', JSON.stringify({ ...MINE, version: 99 }));
    await expect(app.notice('import')).toContainText(
      'version: this file was made by a newer version of Percpu Explorer (scenario format 99)',
    );
  });
});

test('a reload right after an edit reopens the edit, and calls nothing a link (item 5)', async ({
  page,
  app,
  share,
}) => {
  await app.open();
  await share.importFile('mine.scenario.json', JSON.stringify(MINE));
  await expect(app.scenarioTitle()).toContainText('My edited boot');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#v1\./);
  // The edit, then a reload at once (within the address bar's 200 ms delay, unless this machine is slow).
  await share.importFile('newer.scenario.json', JSON.stringify({ ...MINE, title: 'Edited just now' }));
  await expect(app.scenarioTitle()).toContainText('Edited just now');
  await page.reload();
  await expect(app.scenarioTitle()).toContainText('Edited just now');
  await expect(app.notice('autosave-kept')).toHaveCount(0);
});

test('two tabs: the second save keeps the first tab’s work aside, with a notice (item 4)', async ({ context }) => {
  const pageA = await context.newPage();
  const pageB = await context.newPage();
  // Each tab is its own page: build its regions by hand.
  const a = { app: new AppShell(pageA), share: new ShareRegion(pageA) };
  const b = { app: new AppShell(pageB), share: new ShareRegion(pageB) };
  await a.app.open();
  await b.app.open();
  await b.share.importFile('b.scenario.json', JSON.stringify({ ...MINE, title: 'Edit B' }));
  await expect.poll(() => new StorageAndFiles(pageB).item(AUTOSAVE_KEY)).toContain('Edit B');
  await a.share.importFile('a.scenario.json', JSON.stringify({ ...MINE, title: 'Edit A' }));
  await expect(a.app.notice('autosave-kept')).toContainText('Another tab saved “Edit B”; it is kept');
  await expect.poll(() => new StorageAndFiles(pageA).item(AUTOSAVE_KEY)).toContain('Edit A');
  expect(await new StorageAndFiles(pageA).item(KEPT_KEY)).toContain('Edit B');

  const fresh = await context.newPage();
  const c = new AppShell(fresh);
  await c.open();
  await expect(c.scenarioTitle()).toContainText('Edit A');
});
