import type { Locator, Page } from '@playwright/test';

/** The narration of the current step. */
export class NarrationRegion {
  constructor(readonly page: Page) {}

  text(): Locator {
    return this.page.getByTestId('narration');
  }

  /** The narration's computed font size in px (presentation mode enlarges it). */
  fontPx(): Promise<number> {
    return this.text().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
}
