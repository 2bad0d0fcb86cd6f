import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

/** allocator.md §11 Example 1 as 2.6.36 prints it (4 CPUs, one node; timestamps as in dmesg). */
const LOG_2636 = [
  '[    0.000000] setup_percpu: NR_CPUS:64 nr_cpumask_bits:64 nr_cpu_ids:4 nr_node_ids:1',
  '[    0.000000] PERCPU: Embedded 28 pages/cpu @ffff880001e00000 s82880 r8192 d23616 u524288',
  '[    0.000000] pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152',
  '[    0.000000] pcpu-alloc: [0] 0 1 2 3 ',
].join('\n');

/**
 * A 3.x kernel on 8 CPUs: the 28 KiB dynamic reserve of later 64-bit kernels; 192512 + 8192 + 28672
 * = 229376 = 56 pages, and 2 MiB / 8 units = 262144.
 */
const LOG_3X_28K = [
  'Nov 26 12:00:00 host kernel: [    0.000000] percpu: Embedded 56 pages/cpu @ffff88003fc00000 s192512 r8192 d28672 u262144',
  'Nov 26 12:00:00 host kernel: [    0.000000] pcpu-alloc: s192512 r8192 d28672 u262144 alloc=1*2097152',
  'Nov 26 12:00:00 host kernel: [    0.000000] pcpu-alloc: [0] 0 1 2 3 4 5 6 7 ',
].join('\n');

/** Three allocations and three frees as /sys/kernel/tracing/trace prints them; the last free is unknown. */
const TRACE = [
  '# tracer: nop',
  '#',
  '        modprobe-1234    [002] ....   105.432101: percpu_alloc_percpu: reserved=1 is_atomic=0 size=4096 align=64 base_addr=00000000c4a0e2c7 off=90112 ptr=000000007a6b2f11',
  '        modprobe-1234    [002] ....   105.432500: percpu_alloc_percpu: reserved=0 is_atomic=0 size=16 align=8 base_addr=00000000c4a0e2c7 off=98304 ptr=0000000051d3e0aa',
  '   kworker/u8:2-77      [000] ....   106.000001: percpu_alloc_percpu: reserved=0 is_atomic=0 size=8 align=8 base_addr=000000003b9f7a12 off=98304 ptr=00000000e2c1f5b0',
  '        modprobe-1234    [002] ....   107.100000: percpu_free_percpu: base_addr=00000000c4a0e2c7 off=98304 ptr=0000000051d3e0aa',
  '           rmmod-1300    [001] ....   110.000000: percpu_free_percpu: base_addr=00000000c4a0e2c7 off=90112 ptr=000000007a6b2f11',
  '           rmmod-1300    [001] ....   110.000100: percpu_free_percpu: base_addr=00000000deadbeef off=4096 ptr=00000000aaaabbbb',
].join('\n');

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

test.beforeEach(async ({ app }) => {
  await app.open();
  await app.openMode('Real kernel data');
});

test('a 2.6.36 boot log with Example 1 numbers matches the model line by line', async ({
  page,
  realData,
}, testInfo) => {
  const dmesg = realData.dmesgSection();
  await dmesg.getByLabel('Boot log text').fill(LOG_2636);
  await dmesg.getByRole('button', { name: 'Read log' }).click();

  const report = page.getByTestId('dmesg-report');
  await expect(report.getByRole('cell', { name: '28 pages/cpu, s82880 r8192 d23616 u524288' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Suggested config' })).toContainText('82880');
  await expect(page.getByTestId('dmesg-summary')).toContainText('With the suggested config: all 3 lines match');
  await expect(report.locator('[data-status="match"]')).toHaveCount(3);
  await expect(report.locator('[data-status="differs"]')).toHaveCount(0);
  await expect(report.getByText('Line 2 (Embedded line): matches')).toBeVisible();
  await snap(page, testInfo, 'dmesg-2636-matches');
});

test('a 3.x log with d28672 differs from the current config, says why, and "Use this config" applies it', async ({
  page,
  log,
  realData,
}, testInfo) => {
  const dmesg = realData.dmesgSection();
  await dmesg.getByLabel('Boot log text').fill(LOG_3X_28K);
  await dmesg.getByRole('button', { name: 'Read log' }).click();

  await expect(page.getByTestId('dmesg-summary')).toContainText(
    "With the current scenario's config: 3 of 3 lines differ",
  );
  await dmesg.getByLabel("the current scenario's config").check();
  const embedded = dmesg.locator('[data-status="differs"]').filter({ hasText: 'Line 1 (Embedded line): differs' });
  await expect(embedded).toBeVisible();
  await expect(embedded).toContainText('d: log 28672');
  await expect(embedded).toContainText('later kernels reserve 28 KiB');
  await snap(page, testInfo, 'dmesg-3x-differs');

  await dmesg.getByRole('button', { name: 'Use this config' }).click();
  await expect(page.getByRole('tab', { name: 'Explore', exact: true })).toHaveAttribute('aria-selected', 'true');
  // The model now boots the logged machine: its own setup line prints the log's numbers.
  await expect(log.lines()).toContainText('s192512 r8192 d28672 u262144');
  await snap(page, testInfo, 'dmesg-config-applied');
});

test('text that is no boot log lists its problems, rendered as text', async ({ page, realData }) => {
  const dmesg = realData.dmesgSection();
  await dmesg.getByLabel('Boot log text').fill('PERCPU: Embedded lots of pages/cpu\n<img src=x onerror=alert(1)>');
  await dmesg.getByRole('button', { name: 'Read log' }).click();
  const problems = dmesg.getByRole('region', { name: 'Problems in the log' });
  await expect(problems).toContainText('line 1:');
  await expect(dmesg.getByRole('button', { name: 'Use this config' })).toBeDisabled();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('an ftrace of percpu events opens as a scenario with those ops', async ({
  page,
  stepper,
  timeline,
  realData,
}, testInfo) => {
  const ftrace = realData.ftraceSection();
  await ftrace.getByLabel('Trace text').fill(TRACE);
  await ftrace.getByRole('button', { name: 'Read trace' }).click();

  // Three allocations, the two frees that match them; the free of line 8 names no traced allocation.
  await expect(page.getByTestId('ftrace-op-count')).toHaveText('5');
  const problems = ftrace.getByRole('region', { name: 'Problems in the trace' });
  await expect(problems).toContainText('line 8: free');
  await expect(problems).toContainText('matches no traced allocation');
  await snap(page, testInfo, 'ftrace-read');

  // Traced on a running kernel: by default the replay starts with slab online, then the 5 traced ops.
  await expect(ftrace.getByLabel(/Start with slab online/)).toBeChecked();
  await ftrace.getByRole('button', { name: 'Open as scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Explore', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.scenario-title')).toContainText('Imported ftrace');
  await expect(stepper.count()).toHaveText('step 0 of 6');
  await expect(timeline.opRow(0)).toContainText('slab online');
  await expect(timeline.opRow(1)).toContainText('alloc 4096 B align 64 reserved');
  await expect(timeline.opRow(2)).toContainText('alloc 16 B align 8');
  await expect(timeline.opRow(3)).toContainText('alloc 8 B align 8');
  await expect(timeline.opRow(4)).toContainText('free #2');
  await expect(timeline.opRow(5)).toContainText('free #1');
  await snap(page, testInfo, 'ftrace-opened');
});

test('without slab first, the scenario holds exactly the traced ops', async ({ stepper, timeline, realData }) => {
  const ftrace = realData.ftraceSection();
  await ftrace.getByLabel('Trace text').fill(TRACE);
  await ftrace.getByRole('button', { name: 'Read trace' }).click();
  await ftrace.getByLabel(/Start with slab online/).uncheck();
  await ftrace.getByRole('button', { name: 'Open as scenario' }).click();
  await expect(stepper.count()).toHaveText('step 0 of 5');
  await expect(timeline.opRow(0)).toContainText('alloc 4096 B align 64 reserved');
  await expect(timeline.opRow(4)).toContainText('free #0');
});
