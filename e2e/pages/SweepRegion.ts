import type { Locator, Page } from '@playwright/test';

type Axis = 'Early slots' | 'Early size';

/** The What-if mode: the sweep form, its heatmap and the map_used chart. */
export class SweepRegion {
  constructor(readonly page: Page) {}

  /** The sweep result element; carries data-sweep-state and, once done, data-sweep-ms. */
  result(): Locator {
    return this.page.getByRole('region', { name: 'Sweep result' });
  }

  field(axis: Axis, part: 'from' | 'to' | 'step'): Locator {
    return this.page.getByLabel(`${axis} ${part}`, { exact: true });
  }

  runButton(): Locator {
    return this.page.getByRole('button', { name: 'Run sweep' });
  }

  cancelButton(): Locator {
    return this.page.getByRole('button', { name: 'Cancel' });
  }

  /** Fills both ranges ([from, to, step]) and presses Run sweep. */
  async run(slots: [number, number, number], sizes: [number, number, number]): Promise<void> {
    const parts = ['from', 'to', 'step'] as const;
    for (let i = 0; i < 3; i++) {
      await this.field('Early slots', parts[i]!).fill(String(slots[i]));
      await this.field('Early size', parts[i]!).fill(String(sizes[i]));
    }
    await this.runButton().click();
  }

  metric(): Locator {
    return this.page.getByLabel('Metric');
  }

  async chooseMetric(label: string): Promise<void> {
    await this.metric().selectOption({ label });
  }

  /** A message of the form or the result, found by its text. */
  message(text: string | RegExp): Locator {
    return this.page.getByText(text);
  }

  progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Sweep progress' });
  }

  heatmap(): Locator {
    return this.page.getByRole('application', { name: /Heatmap of allocations before slab-online/ });
  }

  /** The heatmap cell of one (earlySlots, earlySize) pair; its data-value is the shown number. */
  cell(slots: number, size: number): Locator {
    return this.result().locator(`rect.sweep-cell[data-slots="${slots}"][data-size="${size}"]`);
  }

  cells(): Locator {
    return this.result().locator('rect.sweep-cell');
  }

  pendingCells(): Locator {
    return this.result().locator('rect.sweep-cell.pending');
  }

  /** The table beside the heatmap (the same numbers as text). */
  table(): Locator {
    return this.result().getByRole('table');
  }

  error(): Locator {
    return this.result().getByRole('alert');
  }

  tooltip(): Locator {
    return this.result().getByRole('tooltip');
  }

  mapUsedChart(): Locator {
    return this.page.getByRole('img', { name: /map_used over the steps/ });
  }

  mapUsedCaption(): Locator {
    return this.page.locator('figcaption');
  }
}
