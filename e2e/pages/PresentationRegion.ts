import type { Locator, Page } from '@playwright/test';

/** Presentation mode: the header toggle and the "Show in presentation" views list. */
export class PresentationRegion {
  constructor(readonly page: Page) {}

  toggle(): Locator {
    return this.page.getByRole('button', { name: 'Presentation', exact: true });
  }

  viewsList(): Locator {
    return this.page.locator('details.presentation-views');
  }

  viewsGroup(): Locator {
    return this.page.getByRole('group', { name: 'Show in presentation' });
  }

  /** Ticks or clears one "Show in presentation" box (the Views list shows in presentation mode). */
  async chooseView(label: string, on: boolean): Promise<void> {
    const views = this.viewsList();
    if (!(await views.evaluate((d) => (d as HTMLDetailsElement).open))) await views.locator('summary').click();
    await this.viewsGroup().getByLabel(label, { exact: true }).setChecked(on);
  }

  /** Clicks the Views list's summary (closes it when open). */
  async toggleViewsList(): Promise<void> {
    await this.viewsList().locator('summary').click();
  }

  /** The page's main text colour, its secondary text colour and a panel's border width. */
  contrast(): Promise<{ fg: string; muted: string; border: string }> {
    return this.page.evaluate(() => ({
      fg: getComputedStyle(document.querySelector('.app')!).color,
      muted: getComputedStyle(document.querySelector('.marker-summary')!).color,
      border: getComputedStyle(document.querySelector('[data-panel="chunks"]')!).borderTopWidth,
    }));
  }
}
