import type { Locator, Page } from '@playwright/test';

/** The machine configuration panel. */
export class ConfigRegion {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.locator('[data-panel="config"]').getByLabel(label, { exact: true });
  }
}
