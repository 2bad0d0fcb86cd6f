import type { Page } from '@playwright/test';
import type { Scenario } from '../src/engine/types';
import { DEFAULT_PRESET, PRESETS } from '../src/scenario/presets';
import { decodeLink, encodeLink } from '../src/share';
import { linkOf } from '../src/share/test-support/links';
import { expect, test } from './fixtures';
import { flushPersistence } from './flush';
import { AppShell } from './pages/AppShell';
import { StepperRegion } from './pages/StepperRegion';

/** A custom scenario written out by hand: two allocs, a free, slab online. */
const CUSTOM: Scenario = {
  format: 'percpu-scenario',
  version: 1,
  title: 'Two small allocations',
  description: 'Hand-written for the share tests',
  config: { ...DEFAULT_PRESET.scenario.config, cpus: 2, cpuToNode: [0, 0] },
  ops: [
    { op: 'alloc', size: 64, align: 8, label: 'first small one' },
    { op: 'alloc', size: 128, align: 64, label: 'second small one' },
    { op: 'free', alloc: 0 },
    { op: 'slab-online' },
  ],
};

const fileOf = (scenario: Scenario) => JSON.stringify(scenario, null, 2);

/** The link the app would write for `scenario`, waiting until the address bar holds a share link. */
async function settledHash(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#v1\./);
  return page.evaluate(() => window.location.hash);
}

test.describe('share links', () => {
  test('copy link, open it in a new page: same scenario, step, selection and panels', async ({
    page,
    app,
    stepper,
    share,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Op 3 is kmem_cache_cpu kmem_cache, an allocation, live from step 4.
    await app.open(encodeLink(DEFAULT_PRESET.scenario, { step: 4, selection: 3 }));
    await expect(stepper.count()).toHaveText(/^step 4 of \d+$/);
    await stepper.nextSteps(2);
    await app.panel('slots').getByRole('button', { name: 'Slot lists' }).click();
    await expect(app.panel('slots').getByRole('button', { name: 'Slot lists' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    const status = await share.copyLink();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await expect(status).toHaveText(new RegExp(`^Link copied — ${copied.length.toLocaleString('en-US')} characters`));
    expect(copied).toMatch(/^http:\/\/localhost:\d+\/#v1\.[0-9a-z]+\.[A-Za-z0-9+\-$]+$/);
    // The address bar says the same (it follows the screen a moment after each change).
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(new URL(copied).hash);

    const other = await context.newPage();
    // A second tab: its regions are built on that page by hand.
    const again = { app: new AppShell(other), stepper: new StepperRegion(other) };
    await other.goto(copied);
    await expect(again.app.scenarioTitle()).toContainText(DEFAULT_PRESET.scenario.title!);
    await expect(again.stepper.count()).toHaveText(/^step 6 of \d+$/);
    await expect(other.getByTestId('unit-selection-summary')).toContainText('Op 3 “kmem_cache_cpu kmem_cache”');
    await expect(again.app.panel('slots').getByRole('button', { name: 'Slot lists' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(again.app.panel('chunks').getByRole('button', { name: 'Chunk area maps' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  test('the address bar follows the step and selection without adding history entries', async ({
    page,
    app,
    stepper,
  }) => {
    await app.open();
    const first = decodeLink(await settledHash(page));
    expect(first).toMatchObject({ ok: true, view: { step: 0, selection: null } });
    const historyLength = await page.evaluate(() => history.length);
    await stepper.nextSteps(3);
    await expect
      .poll(async () => {
        const d = decodeLink(await app.addressHash());
        return d.ok ? d.view.step : -1;
      })
      .toBe(3);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('a damaged link opens an error page with the message and length; the default scenario brings the app back', async ({
    page,
    app,
    stepper,
    share,
  }) => {
    const hash = encodeLink(CUSTOM, { step: 2, selection: null });
    // Change one character of the payload (the last one stays: it may be padding).
    const at = hash.length - 4;
    const damaged = hash.slice(0, at) + (hash[at] === 'Q' ? 'R' : 'Q') + hash.slice(at + 1);
    await page.goto(`/${damaged}`);
    await expect(share.linkErrorPage()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'This link is damaged' })).toBeVisible();
    await expect(page.getByTestId('link-error-message')).toHaveText(
      'The link is damaged — a character was changed or lost.',
    );
    const href = await page.evaluate(() => window.location.href);
    await expect(page.getByTestId('link-error-length')).toHaveText(
      `The link is ${href.length.toLocaleString('en-US')} characters long.`,
    );
    // The broken link stays in the address bar until the person chooses (nothing is pending to write).
    await flushPersistence(page);
    expect(await app.addressHash()).toBe(damaged);
    await expect(share.recoveryButton('Open my last autosaved scenario')).toHaveCount(0);

    await share.recoveryButton('Open the default scenario').click();
    await expect(app.scenarioTitle()).toContainText(DEFAULT_PRESET.scenario.title!);
    await expect(stepper.count()).toHaveText(/^step 0 of \d+$/);
    const fixed = decodeLink(await settledHash(page));
    expect(fixed).toMatchObject({ ok: true, scenario: { title: DEFAULT_PRESET.scenario.title } });
  });

  test('a truncated link says so; every problem of an invalid link is listed', async ({ page, share }) => {
    const hash = encodeLink(CUSTOM, { step: 2, selection: null });
    await page.goto(`/${hash.slice(0, Math.floor(hash.length * 0.6))}`);
    await expect(page.getByRole('heading', { name: 'This link is incomplete' })).toBeVisible();
    await expect(page.getByTestId('link-error-message')).toHaveText('The link is truncated — did you copy all of it?');
    await expect(share.linkErrorPage()).toContainText(
      'Some chat tools and mail programs cut links over 2,000 characters',
    );

    // Typed into the address bar of the same tab: only the hash changes, and the page opens it.
    await page.goto('/#about-this-page');
    await expect(page.getByRole('heading', { name: 'This is not a Percpu Explorer link' })).toBeVisible();

    await page.goto(`/${linkOf('{"o":[[8,24],[2.5,8],"x"],"x":2}')}`);
    await expect(page.getByRole('heading', { name: 'This link’s scenario is not valid' })).toBeVisible();
    await expect(page.getByTestId('link-error-problems').getByRole('listitem')).toHaveText([
      'ops[0].align: 24 is not a power of two',
      'ops[1].size: must be an integer',
    ]);
  });

  test('view options: step and theme; embed=1 hides the header, controls=0 the stepper too', async ({
    page,
    app,
    stepper,
  }) => {
    await page.goto(`/?step=3&theme=dark${encodeLink(CUSTOM, { step: 1, selection: null })}`);
    await expect(stepper.count()).toHaveText('step 3 of 4');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The step moves into the hash; the theme stays in the query.
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?theme=dark');
    expect(decodeLink(await app.addressHash())).toMatchObject({ ok: true, view: { step: 3 } });

    await page.goto(`/?embed=1${encodeLink(CUSTOM, { step: 2, selection: null })}`);
    await expect(app.panel('chunks')).toBeVisible();
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(stepper.count()).toHaveText('step 2 of 4');

    await page.goto(`/?embed=1&controls=0${encodeLink(CUSTOM, { step: 2, selection: null })}`);
    await expect(app.panel('chunks')).toBeVisible();
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(stepper.region()).toHaveCount(0);
  });

  test('a comparison travels with the link and opens the compare view', async ({ page, app, share, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open(encodeLink(CUSTOM, { step: 2, selection: null }), '?compare=earlySlots%3D16');
    await expect(page.getByRole('tab', { name: 'Compare', exact: true })).toHaveAttribute('aria-selected', 'true');
    await (await share.copyLink()).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('compare')).toBe('earlySlots=16');
    await app.openMode('Explore');
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
  });

  test('bad view options are listed and skipped, the rest apply', async ({ page, app, stepper }) => {
    await page.goto(`/?theme=purple&step=2${encodeLink(CUSTOM, { step: 0, selection: null })}`);
    await expect(stepper.count()).toHaveText('step 2 of 4');
    await expect(app.notice('view-params')).toContainText('theme: must be light or dark (got purple)');
  });

  test('a link over 2,000 characters warns that chat tools cut it and offers the file', async ({
    page,
    app,
    share,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const big: Scenario = {
      ...CUSTOM,
      title: 'Many labelled allocations',
      ops: Array.from({ length: 300 }, (_, i) => ({ op: 'alloc', size: 8 + i, align: 8, label: `object ${i * 7919}` })),
    };
    await app.open(encodeLink(big, { step: 0, selection: null }));
    await expect(share.linkLength()).toContainText('⚠');
    const status = await share.copyLink();
    await expect(status).toContainText('some chat tools cut links over 2,000 characters — export a file instead');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      status.getByRole('button', { name: 'Export scenario file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('many-labelled-allocations.scenario.json');
  });

  test('copying without clipboard permission falls back and never leaves the person stuck', async ({ app, share }) => {
    await app.open();
    // No permission granted: either the fallback copy works or the link is shown to copy by hand.
    const status = await share.copyLink();
    await expect(status).toContainText(/Link copied — [\d,]+ characters|copy it yourself/);
  });
});

test.describe('autosave', () => {
  test('reload keeps the edited scenario, at its step', async ({ page, app, stepper, share }) => {
    await app.open();
    await share.importFile('mine.scenario.json', fileOf(CUSTOM));
    await expect(app.scenarioTitle()).toContainText('Two small allocations');
    await stepper.nextSteps(2);
    await flushPersistence(page);
    // Without a link in the address the autosave decides what opens.
    await app.open();
    await expect(app.scenarioTitle()).toContainText('Two small allocations');
    await expect(stepper.count()).toHaveText('step 2 of 4');
    // A plain reload keeps it too (the address holds its link by now).
    await page.reload();
    await expect(app.scenarioTitle()).toContainText('Two small allocations');
  });

  test('opening a link keeps the autosave aside and offers it back', async ({ page, app, stepper, share }) => {
    await app.open();
    await share.importFile('mine.scenario.json', fileOf(CUSTOM));
    await stepper.nextSteps(3);
    await flushPersistence(page);

    const preset = PRESETS[4]!;
    await app.open(encodeLink(preset.scenario, { step: 1, selection: null }));
    await expect(app.scenarioTitle()).toContainText(preset.scenario.title!);
    const kept = app.notice('autosave-kept');
    await expect(kept).toContainText('Your autosaved scenario “Two small allocations” is kept');
    await kept.getByRole('button', { name: 'Restore it' }).click();
    await expect(app.scenarioTitle()).toContainText('Two small allocations');
    await expect(stepper.count()).toHaveText('step 3 of 4');
    await expect(kept).toHaveCount(0);
  });

  test('a broken link offers the last autosaved scenario', async ({ page, app, share }) => {
    await app.open();
    await share.importFile('mine.scenario.json', fileOf(CUSTOM));
    await flushPersistence(page);
    await page.goto('/#v1.abcdef7.N4Ig');
    await expect(share.linkErrorPage()).toContainText('Your last autosave: “Two small allocations”, 4 ops, at step 0.');
    await share.recoveryButton('Open my last autosaved scenario').click();
    await expect(app.scenarioTitle()).toContainText('Two small allocations');
  });

  test('Reset to preset reloads the preset at step 0', async ({ app, stepper, share }) => {
    const preset = PRESETS[2]!;
    await app.open();
    await app.choosePreset(preset.title);
    await stepper.nextSteps(3);
    await expect(stepper.count()).toHaveText(/^step 3 of/);
    await share.group().getByRole('button', { name: 'Reset to preset' }).click();
    await expect(stepper.count()).toHaveText(/^step 0 of/);
    await expect(app.scenarioTitle()).toContainText(preset.scenario.title!);
    // A scenario from a file is no preset: nothing to reset to.
    await share.importFile('mine.scenario.json', fileOf(CUSTOM));
    await expect(app.scenarioTitle()).toContainText('Two small allocations');
    await expect(share.group().getByRole('button', { name: 'Reset to preset' })).toHaveCount(0);
  });

  test('storage that is full degrades to a notice, and the app keeps working', async ({ page, app, stepper }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await app.open();
    await expect(app.notice('autosave-storage')).toHaveText(
      /Autosave failed: the browser’s storage for this page is full\. Export a file to keep your scenario\./,
    );
    await stepper.nextSteps(2);
    await expect(stepper.count()).toHaveText(/^step 2 of/);
  });

  test('storage the browser refuses: autosave is off, links and files still work', async ({
    page,
    app,
    stepper,
    share,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await app.open(encodeLink(CUSTOM, { step: 1, selection: null }));
    await expect(stepper.count()).toHaveText('step 1 of 4');
    await expect(app.notice('autosave-storage')).toContainText(
      'this browser does not allow this page to store anything',
    );
    await share.importFile('mine.scenario.json', fileOf({ ...CUSTOM, title: 'Imported anyway' }));
    await expect(app.scenarioTitle()).toContainText('Imported anyway');
  });
});
