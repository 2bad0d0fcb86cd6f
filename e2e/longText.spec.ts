import { expect, test } from './fixtures';
import type { Scenario } from '../src/engine/types';
import { DEFAULT_PRESET } from '../src/scenario/presets';

/** Issue 9 item 11: long titles in exports, long unbroken labels on the page. */
const TITLE = 'A long scenario title that explains the whole boot in seventy-five chars!!!';

const FIRST_ALLOC = DEFAULT_PRESET.scenario.ops.findIndex((op) => op.op === 'alloc');
const withText = (title: string, label: string): Scenario => ({
  ...DEFAULT_PRESET.scenario,
  title,
  ops: DEFAULT_PRESET.scenario.ops.map((op, i) => (i === FIRST_ALLOC && op.op === 'alloc' ? { ...op, label } : op)),
});

test('a 75-character title: the SVG caption fits and keeps the step; the file keeps the whole title', async ({
  page,
  app,
  stepper,
  share,
  exporter,
}) => {
  await app.open();
  await share.importFile('long.scenario.json', JSON.stringify(withText(TITLE, 'first')));
  await stepper.nextSteps(3);
  const { bytes } = await exporter.file('Chunk maps as SVG');
  const facts = await page.evaluate((source) => {
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    document.body.appendChild(svg);
    const caption = svg.querySelector('[data-role="caption"]') as SVGTextElement;
    const facts = {
      width: Number(svg.getAttribute('width')),
      right: Number(caption.getAttribute('x')) + caption.getComputedTextLength(),
      caption: caption.textContent,
      title: svg.querySelector('title')?.textContent ?? null,
    };
    svg.remove();
    return facts;
  }, bytes.toString('utf8'));
  expect(facts.caption).toMatch(/ — step 3 of 43$/);
  expect(facts.right).toBeLessThanOrEqual(facts.width);
  expect(facts.title).toBe(`${TITLE} — step 3 of 43`);
});

test('a 120-character unbroken label wraps inside its box: the page gets no wider', async ({
  page,
  app,
  timeline,
  share,
}) => {
  await app.open();
  await timeline.opRow(FIRST_ALLOC).click();
  const before = await page.evaluate(() => document.documentElement.scrollWidth);
  await share.importFile('label.scenario.json', JSON.stringify(withText('Long label', 'k'.repeat(120))));
  await expect(app.scenarioTitle()).toContainText('Long label');
  await timeline.opRow(FIRST_ALLOC).click();
  await expect(page.getByTestId('current-op')).toContainText('kkkk');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(before);
});
