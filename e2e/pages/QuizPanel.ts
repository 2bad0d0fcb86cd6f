import type { Locator, Page } from '@playwright/test';

/** Quiz mode's question line and its interesting-step controls. */
export class QuizPanel {
  constructor(readonly page: Page) {}

  request(): Locator {
    return this.page.getByTestId('quiz-request');
  }

  interesting(name: 'Skip to the next interesting step' | 'Random interesting step'): Locator {
    return this.page.getByRole('group', { name: 'Interesting steps' }).getByRole('button', { name, exact: true });
  }

  status(): Locator {
    return this.page.getByTestId('quiz-interesting-status');
  }
}
