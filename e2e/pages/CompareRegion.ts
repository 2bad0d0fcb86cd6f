import type { Locator, Page } from '@playwright/test';

/** Compare mode: the comparison form, the two columns and the divergence panel. */
export class CompareRegion {
  constructor(readonly page: Page) {}

  form(): Locator {
    return this.page.getByRole('form', { name: 'Comparison' });
  }

  /** 'Current scenario' (left) or 'Compared configuration' (right). */
  column(side: 'left' | 'right'): Locator {
    return this.page.locator(`section.compare-col[data-side="${side}"]`);
  }

  outcome(side: 'left' | 'right'): Locator {
    return this.column(side).getByTestId('compare-outcome');
  }

  log(side: 'left' | 'right'): Locator {
    return this.column(side).getByTestId('compare-log');
  }

  divergencePanel(): Locator {
    return this.page.getByRole('region', { name: 'Divergence' });
  }

  /** The strip marker of the first divergence; data-step is its stepper position. */
  divergenceMark(): Locator {
    return this.divergencePanel().getByTestId('divergence-mark');
  }

  /** Strip blocks of one flag (e.g. 'right-fails'); data-from / data-to are stepper positions. */
  divergenceFlags(flag: string): Locator {
    return this.divergencePanel().locator(`[data-testid="divergence-strip"] rect[data-flag="${flag}"]`);
  }

  /** Chooses custom early-area values; a blank value leaves that field at the current scenario's. */
  async custom(values: { earlySlots?: number; earlySize?: number }): Promise<void> {
    await this.form().getByLabel('Custom early-area values', { exact: false }).check();
    const slots = this.form().getByLabel('Early slots', { exact: true });
    const size = this.form().getByLabel('Early size', { exact: true });
    await slots.fill(values.earlySlots === undefined ? '' : String(values.earlySlots));
    await size.fill(values.earlySize === undefined ? '' : String(values.earlySize));
  }
}
