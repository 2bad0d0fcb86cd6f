import { expect, test } from './fixtures';
import { PRESETS } from '../src/scenario/presets';

test.describe('presets', () => {
  test('the picker offers at least 7 presets', async ({ page, app }) => {
    await app.open();
    const options = page.getByLabel('Preset').locator('option');
    await expect(options).toHaveCount(PRESETS.length);
    expect(PRESETS.length).toBeGreaterThanOrEqual(7);
  });

  for (const preset of PRESETS) {
    test(`loads “${preset.title}” at step 0 with its title`, async ({ page, app, stepper, narration }) => {
      await app.open();
      // Start elsewhere, so "loads at step 0" is a real check.
      await stepper.button('Next step').click();
      await app.choosePreset(preset.title);
      await expect(page.locator('.scenario-title')).toContainText(preset.title);
      await expect(stepper.count()).toHaveText(/^step 0 of \d+$/);
      await expect(app.panel('narration')).toContainText(preset.description.slice(0, 60));
      await expect(narration.text()).toContainText('Setup (step 0)');
    });
  }
});
