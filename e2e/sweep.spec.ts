import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.describe('What-if sweep', () => {
  test('a 3×3 sweep of the default preset fills every cell, and a cell opens in Explore', async ({
    app,
    config,
    sweep,
  }) => {
    await app.open();
    await app.openMode('What-if');
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'idle');

    await sweep.run([16, 48, 16], [4096, 12288, 4096]);
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'done');
    await expect(sweep.result()).toHaveAttribute('data-sweep-ms', /^\d+$/);
    await expect(sweep.result()).toHaveAttribute('data-sweep-run', '1');
    await expect(sweep.cells()).toHaveCount(9);
    await expect(sweep.pendingCells()).toHaveCount(0);

    // SLUB bootstrap: 15 requests of 24/8 before slab, one new map entry each from map_used 2
    // (allocator.md Example 9). With E early slots the first failing one is #(E - 2), so E = 16
    // lets 13 succeed; 32 and 48 have room for all 15. earlySize (≤ dynSize) changes nothing here.
    for (const size of [4096, 8192, 12288]) {
      await expect(sweep.cell(16, size)).toHaveAttribute('data-value', '13');
      await expect(sweep.cell(32, size)).toHaveAttribute('data-value', '15');
      await expect(sweep.cell(48, size)).toHaveAttribute('data-value', '15');
    }

    await sweep.cell(16, 8192).hover();
    await expect(sweep.tooltip()).toContainText('earlySlots 16, earlySize 8192');
    await expect(sweep.tooltip()).toContainText('15 allocations before slab-online, 13 succeed.');
    // The 14th request is op 15 (ops 0 and 1 are marks).
    await expect(sweep.tooltip()).toContainText('First early failure: op 15 (failed to extend area map).');

    await sweep.cell(16, 8192).click();
    await expect(app.modeTab('Explore')).toHaveAttribute('aria-selected', 'true');
    await expect(app.scenarioTitle()).toContainText('earlySlots 16, earlySize 8192');
    await expect(config.field('Early slots')).toHaveValue('16');
    await expect(config.field('Early size')).toHaveValue('8192');

    // Back in What-if the results are still there, marked as computed for the earlier scenario.
    await app.openMode('What-if');
    await expect(sweep.cells()).toHaveCount(9);
    await expect(sweep.result()).toContainText('the current scenario has changed since');
  });

  test('the metric picker recolours without re-running; bad ranges are refused by name', async ({ app, sweep }) => {
    await app.open();
    await app.openMode('What-if');
    await sweep.run([16, 48, 16], [4096, 4096, 1]);
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'done');

    await sweep.chooseMetric('op index of the first early failure');
    await expect(sweep.cell(16, 4096)).toHaveAttribute('data-value', '15');
    await expect(sweep.cell(32, 4096)).toHaveAttribute('data-value', 'none');
    await expect(sweep.table()).toContainText('none');

    await sweep.field('Early slots', 'step').fill('abc');
    await expect(sweep.message('Early slots step: “abc” is not a whole number')).toBeVisible();
    await expect(sweep.field('Early slots', 'step')).toHaveAttribute('aria-invalid', 'true');
    await sweep.field('Early slots', 'step').fill('1');
    await sweep.field('Early slots', 'to').fill('300');
    await expect(sweep.message(/Early slots step: gives 285 values, at most 64/)).toBeVisible();
    await expect(sweep.runButton()).toBeDisabled();
  });

  test('cells that do not build are marked (earlySlots × 4 > page size)', async ({ app, sweep }) => {
    await app.open();
    await app.openMode('What-if');
    await sweep.run([1000, 1050, 25], [4096, 4096, 1]);
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'done');
    await expect(sweep.cell(1000, 4096)).toHaveAttribute('data-value', '15');
    await expect(sweep.cell(1025, 4096)).toHaveAttribute('data-value', 'does not build');
    await expect(sweep.cell(1050, 4096)).toHaveAttribute('data-value', 'does not build');
    await expect(sweep.result()).toContainText('2 do not build');
  });

  test('Cancel terminates the workers of a large sweep; the page stays usable meanwhile', async ({
    page,
    app,
    sweep,
  }) => {
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
    await app.open();
    await app.openMode('What-if');
    await sweep.run([16, 1024, 16], [4096, 262144, 4096]);
    const progress = sweep.progress();
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '0');
    await expect(progress).toHaveAttribute('aria-valuetext', '0 of 4096 configurations');
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'running');

    await sweep.chooseMetric('op index of the first early failure');
    await expect(sweep.metric()).toHaveValue('firstEarlyFailure');

    await sweep.cancelButton().click();
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'cancelled');
    await expect(progress).toHaveCount(0);
    await expect(sweep.message('Cancelled after 0 of 4096 configurations.')).toBeVisible();
    const log = await page.evaluate(() => (window as unknown as { sweepWorkers: object }).sweepWorkers);
    expect(log).toMatchObject({ terminated: (log as { created: number }).created });
    expect((log as { created: number }).created).toBeGreaterThan(0);
    await expect(sweep.runButton()).toBeEnabled();
  });

  test('a failing worker ends the sweep with a readable message', async ({ page, app, sweep }) => {
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
    await app.open();
    await app.openMode('What-if');
    await sweep.run([16, 48, 16], [4096, 4096, 1]);
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'error');
    await expect(sweep.error()).toContainText(
      'The sweep stopped: a sweep worker failed: Uncaught Error: out of memory.',
    );
  });

  test('the map_used chart shows the early limit and slab coming online', async ({ app, sweep }) => {
    await app.open();
    await app.openMode('What-if');
    const chart = sweep.mapUsedChart();
    await expect(chart).toContainText('early map: 128 entries');
    await expect(chart).toContainText('slab online (step 18)');
    await expect(sweep.mapUsedCaption()).toContainText(
      'Chunk 1 (first chunk): map_used 2 at boot, 17 when slab comes online (step 18)',
    );
  });

  test('keyboard: arrow keys walk the heatmap, Enter opens a cell; the view passes axe', async ({
    page,
    app,
    config,
    sweep,
  }) => {
    await app.open();
    await app.openMode('What-if');
    await sweep.run([16, 48, 16], [4096, 8192, 4096]);
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'done');

    const results = await new AxeBuilder({ page }).include('.sweep-view').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const heatmap = sweep.heatmap();
    await heatmap.focus();
    // Moves start from the top-left cell (largest earlySlots, smallest earlySize).
    await page.keyboard.press('ArrowDown');
    await expect(sweep.tooltip()).toContainText('earlySlots 32, earlySize 4096');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(sweep.tooltip()).toContainText('earlySlots 16, earlySize 8192');
    await page.keyboard.press('Enter');
    await expect(app.modeTab('Explore')).toHaveAttribute('aria-selected', 'true');
    await expect(config.field('Early slots')).toHaveValue('16');
  });

  test('a running sweep fills the heatmap from its top row down', async ({ page, app, sweep }) => {
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
    await app.open();
    await app.openMode('What-if');
    // Eight rows of earlySlots (16 … 128) and at most four workers: half or less arrive.
    await sweep.run([16, 128, 16], [4096, 4096, 1]);
    await expect(sweep.result()).toHaveAttribute('data-sweep-state', 'running');
    await expect(sweep.cell(128, 4096)).not.toHaveClass(/pending/);
    await expect(sweep.cell(16, 4096)).toHaveClass(/pending/);
    const ys = await sweep
      .cells()
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
