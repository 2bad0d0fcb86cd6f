import type { Locator, Page } from '@playwright/test';

/** The stepper: its buttons, the scrubber and the "step i of N" text. */
export class StepperRegion {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Stepper' });
  }

  /** The "step i of N" text beside the scrubber. */
  count(): Locator {
    return this.page.getByTestId('step-count');
  }

  scrubber(): Locator {
    return this.page.getByRole('slider', { name: 'Step' });
  }

  button(name: string): Locator {
    return this.region().getByRole('button', { name, exact: true });
  }

  async nextSteps(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.button('Next step').click();
  }

  async goToStep(step: number): Promise<void> {
    await this.scrubber().fill(String(step));
  }
}
