import type { Locator, Page } from '@playwright/test';

/** The slot lists panel and its "next allocation tries" line. */
export class SlotsRegion {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.locator('[data-panel="slots"]');
  }

  /** The slot list entry of a non-empty slot. */
  slot(slot: number): Locator {
    return this.panel().locator(`[data-testid="slot"][data-slot="${slot}"]`);
  }

  nextAllocTry(): Locator {
    return this.panel().getByTestId('next-alloc-try');
  }
}
