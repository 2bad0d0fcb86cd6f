import type { Locator, Page } from '@playwright/test';

/** The boot timeline: a windowed list of the scenario's ops. */
export class TimelinePanel {
  constructor(readonly page: Page) {}

  list(): Locator {
    return this.page.getByTestId('op-list');
  }

  /** The row of op `index` (zero-based, as in the scenario). */
  opRow(index: number): Locator {
    return this.page.locator(`[data-op="${index}"]`);
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
}
