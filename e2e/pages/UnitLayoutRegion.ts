import type { Locator, Page } from '@playwright/test';

/** The per-unit layout panel. */
export class UnitLayoutRegion {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.locator('[data-panel="units"]');
  }

  /** The "cN:uK @ offset" lines of the selected allocation, one per unit. */
  selections(): Locator {
    return this.panel().getByTestId('unit-selection');
  }
}
