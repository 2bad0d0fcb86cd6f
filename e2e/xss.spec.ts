import type { Page } from '@playwright/test';
import type { Op, Scenario } from '../src/engine/types';
import { DEFAULT_PRESET } from '../src/scenario/presets';
import { encodeLink } from '../src/share';
import { linkOf } from '../src/share/test-support/links';
import { expect, test } from './fixtures';
import type { AppShell } from './pages/AppShell';
import type { NarrationRegion } from './pages/NarrationRegion';
import type { StepperRegion } from './pages/StepperRegion';
import type { TimelinePanel } from './pages/TimelinePanel';

/** Markup people might paste; each must show up as the literal text, never as elements or script. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<svg onload=alert(1)><circle r=9 /></svg>',
  "<a href='javascript:alert(1)'>click</a>",
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  '<img src=x onerror="window.__xss=1">',
];

function hostileScenario(): Scenario {
  const ops: Op[] = [];
  PAYLOADS.forEach((label, i) => {
    ops.push({ op: 'mark', label: `mark ${label}` });
    ops.push({ op: 'alloc', size: 16 * (i + 1), align: 8, label });
  });
  ops.push({ op: 'free', alloc: 1 });
  ops.push({ op: 'slab-online' });
  return {
    format: 'percpu-scenario',
    version: 1,
    title: PAYLOADS[1],
    description: PAYLOADS.join(' '),
    config: DEFAULT_PRESET.scenario.config,
    ops,
  };
}

/** Records dialogs (none may open) and page errors. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

/** Nothing the payloads could have made: no element they name, no event-handler attribute, no inline script. */
async function expectNoInjection(page: Page) {
  await expect(page.locator('img[src="x"], svg[onload], iframe, a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
    ),
  );
  expect(handlers).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

/** Walks every step so each label is narrated, logged and drawn at least once. */
async function showEveryStep(stepper: StepperRegion, narration: NarrationRegion, steps: number) {
  for (let k = 0; k < steps; k++) {
    await stepper.button('Next step').click();
    if (k % 2 === 1 && k < 2 * PAYLOADS.length) await expect(narration.text()).toContainText(PAYLOADS[(k - 1) / 2]!);
  }
}

async function expectPayloadsAsText(page: Page, app: AppShell, timeline: TimelinePanel) {
  await expect(app.scenarioTitle()).toContainText(PAYLOADS[1]!);
  await expect(app.scenarioTitle()).toHaveAttribute('title', PAYLOADS.join(' '));
  for (const [i, label] of PAYLOADS.entries()) {
    await expect(timeline.opRow(2 * i + 1)).toContainText(label);
    await expect(timeline.opRow(2 * i)).toContainText(`mark ${label}`);
  }
  await expect(page.getByText(PAYLOADS[0]!, { exact: false }).first()).toBeVisible();
}

test.describe('markup in titles, descriptions and labels stays text', () => {
  test('through a share link', async ({ page, app, stepper, timeline, narration }) => {
    const seen = watch(page);
    await app.open(encodeLink(hostileScenario(), { step: 0, selection: 3 }));
    await expectPayloadsAsText(page, app, timeline);
    await showEveryStep(stepper, narration, hostileScenario().ops.length);
    await expect(page.getByTestId('unit-selection-summary')).toContainText(`Op 3 “${PAYLOADS[1]}”`);
    await expectNoInjection(page);
    expect(seen).toEqual({ dialogs: [], errors: [] });
  });

  test('through a scenario file, dropped and picked', async ({ page, app, stepper, timeline, narration, share }) => {
    const seen = watch(page);
    await app.open();
    const text = JSON.stringify(hostileScenario(), null, 2);
    await share.dropFile(`${PAYLOADS[0]}.json`, text);
    await expectPayloadsAsText(page, app, timeline);
    await expect(app.notice('import')).toContainText(`from ${PAYLOADS[0]}.json`);
    await showEveryStep(stepper, narration, hostileScenario().ops.length);
    await share.importFile('again.json', text);
    await expectNoInjection(page);
    const exported = await share.download('Export scenario');
    expect(JSON.parse(exported.text)).toEqual(hostileScenario());
    expect(exported.name).toBe('script-alert-1-script.scenario.json');
    expect(seen).toEqual({ dialogs: [], errors: [] });
  });

  test('in error messages: a bad link and a bad file', async ({ page, app, share }) => {
    const seen = watch(page);
    await page.goto(`/${linkOf(`{"o":[],${JSON.stringify(PAYLOADS[0])}:1}`)}`);
    await expect(page.getByTestId('link-error-problems')).toContainText(`(link).${PAYLOADS[0]}: unknown field`);
    await expectNoInjection(page);

    await share.recoveryButton('Open the default scenario').click();
    await share.importFile('bad.json', JSON.stringify({ format: PAYLOADS[0], version: 1, ops: [{ op: PAYLOADS[1] }] }));
    await expect(app.notice('import').getByRole('listitem')).toHaveText([
      'format: must be "percpu-scenario" (got the text "<img src=x onerror=a…")',
      'ops[0].op: must be one of alloc, free, slab-online, mark (got the text "\\"><script>alert(1)</…")',
    ]);
    await expectNoInjection(page);
    expect(seen).toEqual({ dialogs: [], errors: [] });
  });
});

test.describe('Content-Security-Policy of the built app', () => {
  const POLICY =
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

  test('is strict, and the whole app runs under it without a single violation', async ({
    page,
    app,
    stepper,
    share,
    sweep,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const violations: string[] = [];
    const consoleErrors: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    const seen = watch(page);

    await app.open();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', POLICY);
    // Everything that could need more than the policy allows: d3 drawing, playback, each mode,
    // the sweep's web worker, blob downloads, the clipboard, the drop overlay, the error page.
    await stepper.nextSteps(3);
    await stepper.button('Play').click();
    // Playback runs under the policy: the step moves on by itself.
    await expect.poll(async () => Number(await stepper.scrubber().inputValue())).toBeGreaterThan(3);
    await app.openMode('Compare');
    await app.openMode('Real kernel data');
    await app.openMode('Quiz');
    await app.openMode('What-if');
    await sweep.run([16, 32, 16], [4096, 8192, 4096]);
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'done');
    await app.openMode('Explore');
    await share.download('Export trace');
    await (await share.copyLink()).waitFor();
    await share.dropFile('x.json', JSON.stringify(DEFAULT_PRESET.scenario));
    await page.goto('/#v1.abcdef7.N4Ig');
    await expect(share.linkErrorPage()).toBeVisible();
    await share.recoveryButton('Open the default scenario').click();
    await expect(app.scenarioTitle()).toContainText(DEFAULT_PRESET.scenario.title!);

    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
    expect(seen).toEqual({ dialogs: [], errors: [] });
  });
});
