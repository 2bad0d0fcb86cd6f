import type { Locator, Page } from '@playwright/test';

/** The page as a whole at a window size: widths, the fold, focus and errors (layout and demo specs). */
export class StagePage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
  }

  /** How wide the page is (more than the window means a sideways scroll bar). */
  pageWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  pageHeight(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollHeight);
  }

  windowSize(): { width: number; height: number } {
    return this.page.viewportSize() ?? { width: 0, height: 0 };
  }

  /** True when the element lies wholly inside the window, with the page not scrolled. */
  async inWindow(locator: Locator): Promise<boolean> {
    const box = await locator.boundingBox();
    const { width, height } = this.windowSize();
    if (!box) return false;
    return box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;
  }

  /** The element focus is on, described as tag#id. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : 'none';
    });
  }

  presenting(): Locator {
    return this.page.locator('.app.presentation');
  }
}
