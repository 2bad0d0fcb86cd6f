import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ExplorerPage } from './pages/ExplorerPage';

test.describe('What-if sweep', () => {
  test('a 3×3 sweep of the default preset fills every cell, and a cell opens in Explore', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.openMode('What-if');
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'idle');

    await app.runSweep([16, 48, 16], [4096, 12288, 4096]);
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'done');
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-ms', /^\d+$/);
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-run', '1');
    await expect(app.sweepCells()).toHaveCount(9);
    await expect(app.sweepResult().locator('rect.sweep-cell.pending')).toHaveCount(0);

    // SLUB bootstrap: 15 requests of 24/8 before slab, one new map entry each from map_used 2
    // (allocator.md Example 9). With E early slots the first failing one is #(E - 2), so E = 16
    // lets 13 succeed; 32 and 48 have room for all 15. earlySize (≤ dynSize) changes nothing here.
    for (const size of [4096, 8192, 12288]) {
      await expect(app.sweepCell(16, size)).toHaveAttribute('data-value', '13');
      await expect(app.sweepCell(32, size)).toHaveAttribute('data-value', '15');
      await expect(app.sweepCell(48, size)).toHaveAttribute('data-value', '15');
    }

    await app.sweepCell(16, 8192).hover();
    await expect(app.sweepTooltip()).toContainText('earlySlots 16, earlySize 8192');
    await expect(app.sweepTooltip()).toContainText('15 allocations before slab-online, 13 succeed.');
    // The 14th request is op 15 (ops 0 and 1 are marks).
    await expect(app.sweepTooltip()).toContainText('First early failure: op 15 (failed to extend area map).');

    await app.sweepCell(16, 8192).click();
    await expect(page.getByRole('tab', { name: 'Explore', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.scenario-title')).toContainText('earlySlots 16, earlySize 8192');
    await expect(app.configField('Early slots')).toHaveValue('16');
    await expect(app.configField('Early size')).toHaveValue('8192');

    // Back in What-if the results are still there, marked as computed for the earlier scenario.
    await app.openMode('What-if');
    await expect(app.sweepCells()).toHaveCount(9);
    await expect(app.sweepResult()).toContainText('the current scenario has changed since');
  });

  test('the metric picker recolours without re-running; bad ranges are refused by name', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.openMode('What-if');
    await app.runSweep([16, 48, 16], [4096, 4096, 1]);
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'done');

    await page.getByLabel('Metric').selectOption({ label: 'op index of the first early failure' });
    await expect(app.sweepCell(16, 4096)).toHaveAttribute('data-value', '15');
    await expect(app.sweepCell(32, 4096)).toHaveAttribute('data-value', 'none');
    await expect(app.sweepResult().getByRole('table')).toContainText('none');

    await app.sweepField('Early slots', 'step').fill('abc');
    await expect(page.getByText('Early slots step: “abc” is not a whole number')).toBeVisible();
    await expect(app.sweepField('Early slots', 'step')).toHaveAttribute('aria-invalid', 'true');
    await app.sweepField('Early slots', 'step').fill('1');
    await app.sweepField('Early slots', 'to').fill('300');
    await expect(page.getByText(/Early slots step: gives 285 values, at most 64/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run sweep' })).toBeDisabled();
  });

  test('cells that do not build are marked (earlySlots × 4 > page size)', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.openMode('What-if');
    await app.runSweep([1000, 1050, 25], [4096, 4096, 1]);
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'done');
    await expect(app.sweepCell(1000, 4096)).toHaveAttribute('data-value', '15');
    await expect(app.sweepCell(1025, 4096)).toHaveAttribute('data-value', 'does not build');
    await expect(app.sweepCell(1050, 4096)).toHaveAttribute('data-value', 'does not build');
    await expect(app.sweepResult()).toContainText('2 do not build');
  });

  test('Cancel terminates the workers of a large sweep; the page stays usable meanwhile', async ({ page }) => {
    // Workers whose replies never arrive: the sweep behaves like a very slow one, whatever the machine.
    await page.addInitScript(() => {
      const log = { created: 0, terminated: 0 };
      (window as unknown as { sweepWorkers: typeof log }).sweepWorkers = log;
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          log.created++;
          this.addEventListener('message', (e) => e.stopImmediatePropagation());
        }
        terminate() {
          log.terminated++;
          super.terminate();
        }
      };
    });
    const app = new ExplorerPage(page);
    await app.open();
    await app.openMode('What-if');
    await app.runSweep([16, 1024, 16], [4096, 262144, 4096]);
    const progress = page.getByRole('progressbar', { name: 'Sweep progress' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '0');
    await expect(progress).toHaveAttribute('aria-valuetext', '0 of 4096 configurations');
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'running');

    await page.getByLabel('Metric').selectOption({ label: 'op index of the first early failure' });
    await expect(page.getByLabel('Metric')).toHaveValue('firstEarlyFailure');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'cancelled');
    await expect(progress).toHaveCount(0);
    await expect(page.getByText('Cancelled after 0 of 4096 configurations.')).toBeVisible();
    const log = await page.evaluate(() => (window as unknown as { sweepWorkers: object }).sweepWorkers);
    expect(log).toMatchObject({ terminated: (log as { created: number }).created });
    expect((log as { created: number }).created).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Run sweep' })).toBeEnabled();
  });

  test('a failing worker ends the sweep with a readable message', async ({ page }) => {
    await page.addInitScript(() => {
      const Real = window.Worker;
      window.Worker = class extends Real {
        postMessage() {
          setTimeout(
            () => this.dispatchEvent(new ErrorEvent('error', { message: 'Uncaught Error: out of memory' })),
            0,
          );
        }
      };
    });
    const app = new ExplorerPage(page);
    await app.open();
    await app.openMode('What-if');
    await app.runSweep([16, 48, 16], [4096, 4096, 1]);
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'error');
    await expect(app.sweepResult().getByRole('alert')).toContainText(
      'The sweep stopped: a sweep worker failed: Uncaught Error: out of memory.',
    );
  });

  test('the map_used chart shows the early limit and slab coming online', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.openMode('What-if');
    const chart = page.getByRole('img', { name: /map_used over the steps/ });
    await expect(chart).toContainText('early map: 128 entries');
    await expect(chart).toContainText('slab online (step 18)');
    await expect(page.locator('figcaption')).toContainText(
      'Chunk 1 (first chunk): map_used 2 at boot, 17 when slab comes online (step 18)',
    );
  });

  test('keyboard: arrow keys walk the heatmap, Enter opens a cell; the view passes axe', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.openMode('What-if');
    await app.runSweep([16, 48, 16], [4096, 8192, 4096]);
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'done');

    const results = await new AxeBuilder({ page }).include('.sweep-view').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const heatmap = page.getByRole('application', { name: /Heatmap of allocations before slab-online/ });
    await heatmap.focus();
    // Moves start from the top-left cell (largest earlySlots, smallest earlySize).
    await page.keyboard.press('ArrowDown');
    await expect(app.sweepTooltip()).toContainText('earlySlots 32, earlySize 4096');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(app.sweepTooltip()).toContainText('earlySlots 16, earlySize 8192');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Explore', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(app.configField('Early slots')).toHaveValue('16');
  });

  test('a running sweep fills the heatmap from its top row down', async ({ page }) => {
    // Each worker's first row arrives; the rest never do, so the sweep is caught part way.
    await page.addInitScript(() => {
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          let rows = 0;
          this.addEventListener('message', (e) => {
            if ((e.data as { type?: string }).type === 'row' && ++rows === 1) return;
            e.stopImmediatePropagation();
          });
        }
      };
    });
    const app = new ExplorerPage(page);
    await app.open();
    await app.openMode('What-if');
    // Eight rows of earlySlots (16 … 128) and at most four workers: half or less arrive.
    await app.runSweep([16, 128, 16], [4096, 4096, 1]);
    await expect(app.sweepResult()).toHaveAttribute('data-sweep-state', 'running');
    await expect(app.sweepCell(128, 4096)).not.toHaveClass(/pending/);
    await expect(app.sweepCell(16, 4096)).toHaveClass(/pending/);
    const ys = await app
      .sweepCells()
      .evaluateAll((cells) =>
        cells.map((c) => ({ y: Number(c.getAttribute('y')), pending: c.classList.contains('pending') })),
      );
    const filled = ys.filter((c) => !c.pending).map((c) => c.y);
    const pending = ys.filter((c) => c.pending).map((c) => c.y);
    expect(filled.length).toBeGreaterThan(0);
    expect(pending.length).toBeGreaterThan(0);
    // Every filled cell is above every pending one: the top of the heatmap fills first.
    expect(Math.max(...filled)).toBeLessThan(Math.min(...pending));
  });
});
