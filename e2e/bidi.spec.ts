import { expect, test } from './fixtures';
import type { Scenario } from '../src/engine/types';
import { DEFAULT_PRESET } from '../src/scenario/presets';
import { drawnLeftToRight, longestTextNode } from './pages/TextOrder';

/** Issue 9 item 7: a right-to-left override in a label or title cannot reorder the app's own text. */
const RLO = '\u202e';
const TRICK: Scenario = {
  format: 'percpu-scenario',
  version: 1,
  title: `Boot ${RLO}gnp.exe`,
  config: { ...DEFAULT_PRESET.scenario.config, cpus: 2, cpuToNode: [0, 0] },
  ops: [
    { op: 'alloc', size: 49152, align: 8, label: `kmalloc ${RLO}gnp.exe` },
    { op: 'alloc', size: 64, align: 8, label: `second ${RLO}one` },
  ],
};

test('an RLO in a label or title leaves the op list, the current op and the header reading normally', async ({
  page,
  app,
  stepper,
  timeline,
  share,
}) => {
  await app.open();
  await share.importFile('trick.scenario.json', JSON.stringify(TRICK));
  await expect(app.scenarioTitle()).toContainText('Boot');
  // The header's own words after the title.
  await expect(app.scenarioTitle()).toContainText('v2.6.36 (early alloc)');
  expect(await drawnLeftToRight(app.scenarioTitle(), 'v2.6.36 (early alloc)')).toBe(true);

  await stepper.nextSteps(1);
  const current = page.getByTestId('current-op');
  await expect(current).toContainText('kmalloc');
  const after = await longestTextNode(current);
  expect(after).not.toContain('kmalloc');
  expect(await drawnLeftToRight(current, after)).toBe(true);

  // The op list: the result line of the op with the label, and the next row.
  const row = timeline.opRow(0);
  await expect(row).toContainText('alloc 49152 B align 8');
  expect(await drawnLeftToRight(row, 'alloc 49152 B align 8')).toBe(true);
  const rowResult = await longestTextNode(row.locator('.op-result'));
  expect(rowResult.length).toBeGreaterThan(5);
  expect(await drawnLeftToRight(row.locator('.op-result'), rowResult)).toBe(true);

  // The notice that opened the file names the title, then goes on in the app's words.
  const notice = app.notice('import');
  await expect(notice).toContainText('from trick.scenario.json');
  expect(await drawnLeftToRight(notice, 'from trick.scenario.json')).toBe(true);
});
