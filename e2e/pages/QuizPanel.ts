import type { Locator, Page } from '@playwright/test';

/** Quiz mode: the question line, the prediction form, the revealed answer and score, the interesting-step controls. */
export class QuizPanel {
  constructor(readonly page: Page) {}

  request(): Locator {
    return this.page.getByTestId('quiz-request');
  }

  /** The line naming the ops the quiz skipped (marks and the like). */
  skipped(): Locator {
    return this.page.getByTestId('quiz-skipped');
  }

  /** The state of chunk `id` shown beside the question. */
  chunk(id: number): Locator {
    return this.page.getByTestId(`quiz-chunk-${id}`);
  }

  score(): Locator {
    return this.page.getByTestId('quiz-score');
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'Your prediction' });
  }

  /** A choice or field of the prediction form, by its label. */
  choice(label: string | RegExp, exact = false): Locator {
    return this.form().getByLabel(label, { exact });
  }

  async choose(label: string | RegExp, exact = false): Promise<void> {
    await this.choice(label, exact).check();
  }

  async reveal(): Promise<void> {
    await this.form().getByRole('button', { name: 'Reveal' }).click();
  }

  /** Why the form refused a reveal. */
  formError(): Locator {
    return this.form().getByRole('alert');
  }

  answer(): Locator {
    return this.page.getByTestId('quiz-answer');
  }

  points(): Locator {
    return this.page.getByTestId('quiz-points');
  }

  revealed(): Locator {
    return this.page.getByTestId('quiz-reveal');
  }

  explanation(): Locator {
    return this.page.getByTestId('quiz-explanation');
  }

  async nextQuestion(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next question' }).click();
  }

  interesting(name: 'Skip to the next interesting step' | 'Random interesting step'): Locator {
    return this.page.getByRole('group', { name: 'Interesting steps' }).getByRole('button', { name, exact: true });
  }

  status(): Locator {
    return this.page.getByTestId('quiz-interesting-status');
  }
}
