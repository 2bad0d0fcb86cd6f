import { expect, test } from './fixtures';

const EARLY_SLOTS = 'Early-slot exhaustion: 140 tiny allocations before slab';

test.describe('config panel', () => {
  test('fewer early slots make the first failure come earlier', async ({ app, stepper, narration, config }) => {
    await app.open();
    await app.choosePreset(EARLY_SLOTS);
    await stepper.region().getByRole('button', { name: 'Next failure or warning' }).click();
    await expect(stepper.count()).toHaveText('step 127 of 151');

    await config.field('Early slots').fill('16');
    await app.panel('config').getByRole('button', { name: 'Apply' }).click();
    // Apply keeps the step where it can.
    await expect(stepper.count()).toHaveText('step 127 of 151');
    await stepper.button('First step').click();
    await stepper.region().getByRole('button', { name: 'Next failure or warning' }).click();
    // allocator.md Example 4's rule with E = 16: the k-th alloc finds map_used = k + 1, first
    // failing when k + 1 ≥ 15, so alloc #14, which is op #14 after the mark: step 15.
    await expect(stepper.count()).toHaveText('step 15 of 151');
    await expect(narration.text()).toContainText('15 of 16 entries in use');
  });

  test('an invalid value is explained next to its field and what was typed stays', async ({
    app,
    config,
  }, testInfo) => {
    await app.open();
    const cpus = config.field('CPUs');
    await cpus.fill('0');
    await expect(app.panel('config')).toContainText('config.cpus: must be between 1 and 4096 (got 0)');
    await expect(cpus).toHaveAttribute('aria-invalid', 'true');
    await expect(cpus).toHaveValue('0');
    await expect(app.panel('config').getByRole('button', { name: 'Apply' })).toBeDisabled();

    const staticSize = config.field('Static size');
    await staticSize.fill('lots');
    await expect(app.panel('config')).toContainText('config.staticSize: expected an integer, got the text "lots"');
    await expect(staticSize).toHaveValue('lots');
    await testInfo.attach('config errors', { body: await app.panel('config').screenshot(), contentType: 'image/png' });

    await app.panel('config').getByRole('button', { name: 'Reset' }).click();
    await expect(cpus).toHaveValue('4');
    await expect(staticSize).toHaveValue('82880');
    await expect(cpus).toHaveAttribute('aria-invalid', 'false');
  });

  test('a two-node layout re-runs from the CPU → node field', async ({ app, log, config }) => {
    await app.open();
    await config.field('CPUs').fill('8');
    await expect(app.panel('config')).toContainText('config.cpuToNode: expected 8 entries, got 4');
    await config.field('CPU → node').fill('0x4,1x4');
    await app.panel('config').getByRole('button', { name: 'Apply' }).click();
    await expect(log.lines()).toContainText('pcpu-alloc: [0] 0 1 2 3 [1] 4 5 6 7');
    await expect(config.field('CPU → node')).toHaveValue('0x4,1x4');
  });
});
