import type { Locator, Page } from '@playwright/test';

/** Page object for the explorer: every spec talks to the app through these names. */
export class ExplorerPage {
  constructor(readonly page: Page) {}

  async open(hash = '', search = ''): Promise<void> {
    await this.page.goto(`/${search}${hash}`);
    await this.page.getByRole('heading', { name: 'Percpu Explorer' }).waitFor();
  }

  panel(id: string): Locator {
    return this.page.locator(`[data-panel="${id}"]`);
  }
}
