import type { Locator, Page } from '@playwright/test';

export type OpKind = 'alloc' | 'free' | 'slab-online' | 'mark';

/** The op editor: its buttons, the new-op forms, and what the last edit did or why it was refused. */
export class EditorRegion {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.locator('[data-panel="editor"]');
  }

  button(name: string): Locator {
    return this.panel().getByRole('button', { name, exact: true });
  }

  /** The form that inserts one op of `kind` at the current step. */
  newOpForm(kind: OpKind): Locator {
    return this.panel().getByRole('form', { name: `New ${kind}` });
  }

  async chooseNewOpKind(kind: OpKind): Promise<void> {
    await this.panel().getByLabel('Op kind').selectOption(kind);
  }

  /** Inserts an alloc at the current step through the editor form. */
  async insertAlloc(size: number, align: number, label = ''): Promise<void> {
    await this.chooseNewOpKind('alloc');
    const form = this.newOpForm('alloc');
    await form.getByLabel('Size', { exact: true }).fill(String(size));
    await form.getByLabel('Align', { exact: true }).fill(String(align));
    await form.getByLabel('Label', { exact: true }).fill(label);
    await form.getByRole('button', { name: 'Insert alloc' }).click();
  }

  /** Inserts a free of the live allocation whose option text is `option`. */
  async insertFree(option: string): Promise<void> {
    await this.chooseNewOpKind('free');
    const form = this.newOpForm('free');
    await form.getByLabel('Allocation to free').selectOption({ label: option });
    await form.getByRole('button', { name: 'Insert free' }).click();
  }

  async insertMark(label: string): Promise<void> {
    await this.chooseNewOpKind('mark');
    const form = this.newOpForm('mark');
    await form.getByLabel('Label', { exact: true }).fill(label);
    await form.getByRole('button', { name: 'Insert mark' }).click();
  }

  /** The refusal of the last edit (role=alert in the editor). */
  refusal(): Locator {
    return this.panel().getByRole('alert');
  }

  /** What the last edit did (role=status in the editor). */
  status(): Locator {
    return this.panel().getByRole('status');
  }

  selectedOp(): Locator {
    return this.panel().getByTestId('selected-op');
  }
}
