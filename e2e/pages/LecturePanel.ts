import type { Locator, Page } from '@playwright/test';

/** Lecture mode (the stop text beside the views), lecture authoring and the glossary. */
export class LecturePanel {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByTestId('lecture-panel');
  }

  count(): Locator {
    return this.page.getByTestId('lecture-count');
  }

  text(): Locator {
    return this.page.getByTestId('lecture-text');
  }

  navButton(name: 'Previous stop' | 'Next stop' | 'Leave lecture'): Locator {
    return this.panel().getByRole('button', { name, exact: true });
  }

  toggle(): Locator {
    return this.page.locator('header').getByRole('button', { name: 'Lecture', exact: true });
  }

  // --- Authoring (the Lecture panel of the explore view) ---

  editor(): Locator {
    return this.page.locator('[data-panel="lecture"]');
  }

  editorButton(name: string | RegExp): Locator {
    return this.editor().getByRole('button', { name });
  }

  stops(): Locator {
    return this.editor().getByTestId('lecture-stop');
  }

  stopText(n: number): Locator {
    return this.editor().getByLabel(`Text of stop ${n}`, { exact: true });
  }

  /** Types a stop's text and leaves the field, which saves it (one undo step). */
  async writeStop(n: number, text: string): Promise<void> {
    await this.stopText(n).fill(text);
    await this.stopText(n).blur();
  }

  stopTool(n: number, name: string): Locator {
    return this.editor()
      .getByRole('group', { name: `Stop ${n}`, exact: true })
      .getByRole('button', { name, exact: true });
  }

  // --- Glossary ---

  term(id: string): Locator {
    return this.page.locator(`.gl-term[data-term="${id}"]`);
  }

  tip(): Locator {
    return this.page.getByTestId('glossary-tip');
  }

  glossaryPanel(): Locator {
    return this.page.locator('[data-panel="glossary"]');
  }
}
