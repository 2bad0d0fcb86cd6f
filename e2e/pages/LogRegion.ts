import type { Locator, Page } from '@playwright/test';

/** The kernel log: the newest dmesg lines, wrapped. */
export class LogRegion {
  constructor(readonly page: Page) {}

  lines(): Locator {
    return this.page.getByTestId('kernel-log');
  }

  /** True when the log scrolls sideways. */
  scrollsSideways(): Promise<boolean> {
    return this.lines().evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  }

  /** True when `line` is inside the log's visible box (not scrolled away). */
  async lineInView(text: string | RegExp): Promise<boolean> {
    const line = this.lines().getByRole('listitem').filter({ hasText: text }).first();
    const box = await line.boundingBox();
    const view = await this.lines().boundingBox();
    if (!box || !view) return false;
    return box.y >= view.y - 0.5 && box.y + box.height <= view.y + view.height + 0.5;
  }
}
