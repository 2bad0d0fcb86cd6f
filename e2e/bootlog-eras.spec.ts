import { expect, test } from './fixtures';

/**
 * A modern log as journalctl prints it (Ubuntu 22.04's 5.15, 8 CPUs). 5.15 is era 4.14: the
 * 64-bit PERCPU_DYNAMIC_RESERVE is 28 KiB, 208896 + 8192 + 28672 = 245760 = 60 pages, and
 * 2 MiB / 245760 gives 8 units of 262144 bytes.
 */
const LOG_5_15 = [
  'Jun 30 05:29:39 host kernel: Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0) #101-Ubuntu SMP',
  'Jun 30 05:29:39 host kernel: setup_percpu: NR_CPUS:8192 nr_cpumask_bits:8 nr_cpu_ids:8 nr_node_ids:1',
  'Jun 30 05:29:39 host kernel: percpu: Embedded 60 pages/cpu s208896 r8192 d28672 u262144',
  'Jun 30 05:29:39 host kernel: pcpu-alloc: s208896 r8192 d28672 u262144 alloc=1*2097152',
  'Jun 30 05:29:39 host kernel: pcpu-alloc: [0] 0 1 2 3 4 5 6 7 ',
].join('\n');

test('a modern boot log is checked with its era and opens in Explore', async ({
  page,
  app,
  log,
  realData,
}, testInfo) => {
  await app.open();
  // Default scenario: 2.6.36, so no era line in Explore.
  await expect(page.getByTestId('era-banner')).toHaveCount(0);
  await app.openMode('Real kernel data');
  const dmesg = realData.dmesgSection();
  await dmesg.getByLabel('Boot log text').fill(LOG_5_15);
  await dmesg.getByRole('button', { name: 'Read log' }).click();

  const check = page.getByTestId('boot-check');
  await expect(page.getByTestId('check-verdict')).toContainText(
    "Verdict: match: every percpu setup line is reproduced, sizes included with 4.14's rules",
  );
  await expect(check.locator('[data-status="match"]')).toHaveCount(3);
  await expect(check.locator('[data-status="differs"]')).toHaveCount(0);
  await expect(check.getByText('Line 3: reproduced')).toBeVisible();
  await expect(check.getByRole('list', { name: 'Where the inputs came from' })).toContainText(
    'era 4.14: the rules of Linux 5.15.0-91-generic (line 1)',
  );
  await testInfo.attach('check', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  await check.getByRole('button', { name: 'Open the reproduced boot in Explore' }).click();
  await expect(page.getByRole('tab', { name: 'Explore', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.scenario-title')).toContainText('Boot log (4.14)');
  // The model's own setup lines print the log's numbers, in 4.14's wording.
  await expect(log.lines()).toContainText('percpu: Embedded 60 pages/cpu s208896 r8192 d28672 u262144');
  await expect(log.lines()).toContainText('pcpu-alloc: [0] 0 1 2 3 4 5 6 7');
  await expect(page.getByTestId('era-banner')).toHaveText(
    /^First chunk built with 4\.14's constants; later allocations are modelled with 2\.6\.36's area map/,
  );
  await testInfo.attach('explore', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});

test('failure lines alone: no-setup-lines, each failure explained, nothing to open', async ({
  page,
  app,
  realData,
}) => {
  await app.open();
  await app.openMode('Real kernel data');
  const dmesg = realData.dmesgSection();
  await dmesg
    .getByLabel('Boot log text')
    .fill('[ 2605.866320] illegal size (32792) or align (8) for percpu allocation\n<b>not markup</b>');
  await dmesg.getByRole('button', { name: 'Read log' }).click();
  await expect(page.getByTestId('check-verdict')).toContainText('no-setup-lines');
  await expect(page.getByTestId('boot-check').locator('[data-status="failure"]')).toContainText(
    'size 32792 is above PCPU_MIN_UNIT_SIZE',
  );
  await expect(page.getByRole('button', { name: 'Open the reproduced boot in Explore' })).toBeDisabled();
  await expect(page.locator('b', { hasText: 'not markup' })).toHaveCount(0);
});

test('choosing an era in the config panel rebuilds the first chunk and says so in one line', async ({
  page,
  app,
  log,
}) => {
  await app.open();
  const config = app.panel('config');
  await config.getByRole('combobox', { name: 'Era', exact: true }).selectOption('6.2');
  await config.getByRole('button', { name: 'Set era' }).click();
  await expect(page.getByTestId('era-banner')).toContainText("First chunk built with 6.2's constants");
  // 6.2 on the default preset's machine (S 82880, 4 CPUs, 2 MiB atoms): 82880 + 8192 + max(28672,
  // 20480) = 119744 -> 122880 = 30 pages, d 31808; 2 MiB / 122880 -> upa 4, u 524288.
  await expect(log.lines()).toContainText('percpu: Embedded 30 pages/cpu s82880 r8192 d31808 u524288');
  await config.getByRole('combobox', { name: 'Era', exact: true }).selectOption('2.6.36');
  await config.getByRole('button', { name: 'Set era' }).click();
  await expect(page.getByTestId('era-banner')).toHaveCount(0);
  // Back to 2.6.36 (D 20480): allocator.md Example 1, 28 pages, d 23616.
  await expect(log.lines()).toContainText('PERCPU: Embedded 28 pages/cpu s82880 r8192 d23616 u524288');
});

test('a percpu_stats dump shows its Allocation Info and chunks beside the model', async ({ page, app }) => {
  await app.open();
  await app.openMode('Real kernel data');
  const stats = page.getByRole('region', { name: 'percpu_stats (debugfs)' });
  await stats.getByRole('button', { name: 'Try an example dump' }).click();
  await expect(stats.getByRole('table', { name: 'Allocation Info' })).toContainText('208896');
  const chunks = stats.getByRole('table', { name: 'Chunks' });
  await expect(chunks.getByRole('row')).toHaveCount(4);
  await expect(chunks).toContainText('first (line 23)');
  await expect(stats.getByTestId('stats-report')).toContainText('Model after setup: chunk 0 (reserved)');
});
