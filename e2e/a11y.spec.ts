import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/** The whole page, in every mode and both themes: no serious or critical axe violations. */
const MODES = ['Explore', 'Compare', 'What-if', 'Real kernel data', 'Quiz'];

for (const theme of ['light', 'dark'] as const) {
  for (const mode of MODES) {
    test(`axe: ${mode} in the ${theme} theme has no serious or critical violations`, async ({
      page,
      app,
    }, testInfo) => {
      await app.open();
      if (theme === 'dark') await page.getByRole('button', { name: /switch to dark theme/i }).click();
      await page.getByRole('tab', { name: mode }).click();
      await expect(page.getByRole('tab', { name: mode })).toHaveAttribute('aria-selected', 'true');
      // Step into the boot so the maps hold allocations.
      if (mode === 'Explore' || mode === 'Compare') {
        for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next step' }).click();
      }
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      await testInfo.attach(`axe-${mode}-${theme}.json`, {
        body: JSON.stringify(bad, null, 2),
        contentType: 'application/json',
      });
      expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(' ')})`)).toEqual(
        [],
      );
    });
  }
}
