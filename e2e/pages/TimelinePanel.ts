import type { Locator, Page } from '@playwright/test';

/** The boot timeline (a windowed list) and the kernel log (the newest lines, wrapped). */
export class TimelinePanel {
  constructor(readonly page: Page) {}

  list(): Locator {
    return this.page.getByTestId('op-list');
  }

  currentRow(): Locator {
    return this.list().locator('[aria-current="step"]');
  }

  /** The list's real scroll offset and the rows it drew: a blank list draws none in view. */
  async rowsInView(): Promise<number> {
    return this.list().evaluate((el) => {
      const view = el.getBoundingClientRect();
      return [...el.querySelectorAll('[role="listitem"]')].filter((row) => {
        const r = row.getBoundingClientRect();
        return r.bottom > view.top && r.top < view.bottom;
      }).length;
    });
  }

  /** The result line of op `index` and whether its text is cut (wider or taller than its box). */
  async resultCut(index: number): Promise<{ text: string; cut: boolean }> {
    return this.page.locator(`[data-op="${index}"] .op-result`).evaluate((el) => ({
      text: el.textContent ?? '',
      cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    }));
  }

  log(): Locator {
    return this.page.getByTestId('kernel-log');
  }

  /** True when the log scrolls sideways. */
  logScrollsSideways(): Promise<boolean> {
    return this.log().evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  }

  /** True when `line` is inside the log's visible box (not scrolled away). */
  async logLineInView(text: string | RegExp): Promise<boolean> {
    const line = this.log().getByRole('listitem').filter({ hasText: text }).first();
    const box = await line.boundingBox();
    const view = await this.log().boundingBox();
    if (!box || !view) return false;
    return box.y >= view.y - 0.5 && box.y + box.height <= view.y + view.height + 0.5;
  }
}
