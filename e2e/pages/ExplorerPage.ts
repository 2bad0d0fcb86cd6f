import type { Locator, Page } from '@playwright/test';

/** Page object for the explorer: every spec talks to the app through these names. */
export class ExplorerPage {
  constructor(readonly page: Page) {}

  async open(hash = '', search = ''): Promise<void> {
    await this.page.goto(`/${search}${hash}`);
    await this.page.getByRole('heading', { name: 'Percpu Explorer' }).waitFor();
  }

  panel(id: string): Locator {
    return this.page.locator(`[data-panel="${id}"]`);
  }

  // --- Stepper, boot timeline, kernel log, narration, config, presets ---

  stepper(): Locator {
    return this.page.getByRole('region', { name: 'Stepper' });
  }

  /** The "step i of N" text beside the scrubber. */
  stepCount(): Locator {
    return this.page.getByTestId('step-count');
  }

  scrubber(): Locator {
    return this.page.getByRole('slider', { name: 'Step' });
  }

  stepperButton(name: string): Locator {
    return this.stepper().getByRole('button', { name, exact: true });
  }

  async choosePreset(title: string): Promise<void> {
    await this.page.getByLabel('Preset').selectOption({ label: title });
  }

  /** The boot-timeline row of op `index` (zero-based, as in the scenario). */
  opRow(index: number): Locator {
    return this.page.locator(`[data-op="${index}"]`);
  }

  narration(): Locator {
    return this.page.getByTestId('narration');
  }

  kernelLog(): Locator {
    return this.page.getByTestId('kernel-log');
  }

  configField(label: string): Locator {
    return this.panel('config').getByLabel(label, { exact: true });
  }

  // --- Chunk maps, per-unit layout, slot lists (maps.spec.ts) ---

  chunkRows(): Locator {
    return this.panel('chunks').getByTestId('chunk-row');
  }

  chunkRow(id: number): Locator {
    return this.panel('chunks').locator(`[data-testid="chunk-row"][data-chunk-id="${id}"]`);
  }

  /** The focusable area-map SVG of chunk `id`. */
  chunkBar(id: number): Locator {
    return this.chunkRow(id).locator('svg.cm-bar');
  }

  /** Hovers the area map of chunk `id` at `fraction` (0..1) of its width. */
  async hoverChunkAt(id: number, fraction: number): Promise<void> {
    const bar = this.chunkBar(id);
    const box = await bar.boundingBox();
    if (!box) throw new Error(`chunk ${id} has no area map on screen`);
    await bar.hover({ position: { x: Math.max(1, Math.min(box.width - 1, box.width * fraction)), y: 10 } });
  }

  areaTooltip(): Locator {
    return this.panel('chunks').getByTestId('area-tooltip');
  }

  mapGauge(id: number): Locator {
    return this.chunkRow(id).getByRole('meter');
  }

  /** The slot list entry of a non-empty slot. */
  slot(slot: number): Locator {
    return this.panel('slots').locator(`[data-testid="slot"][data-slot="${slot}"]`);
  }

  nextAllocTry(): Locator {
    return this.panel('slots').getByTestId('next-alloc-try');
  }

  /** The "cN:uK @ offset" lines of the selected allocation, one per unit. */
  unitSelections(): Locator {
    return this.panel('units').getByTestId('unit-selection');
  }

  async nextSteps(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.stepperButton('Next step').click();
  }

  // --- Real kernel data and quiz modes (realdata.spec.ts, quiz.spec.ts) ---

  async openMode(label: string): Promise<void> {
    await this.page.getByRole('tab', { name: label, exact: true }).click();
  }

  dmesgSection(): Locator {
    return this.page.getByRole('region', { name: 'Boot log (dmesg)' });
  }

  ftraceSection(): Locator {
    return this.page.getByRole('region', { name: 'Trace events (ftrace)' });
  }

  quizScore(): Locator {
    return this.page.getByTestId('quiz-score');
  }

  quizForm(): Locator {
    return this.page.getByRole('form', { name: 'Your prediction' });
  }

  // --- What-if sweep (sweep.spec.ts) ---

  /** The sweep result element; carries data-sweep-state and, once done, data-sweep-ms. */
  sweepResult(): Locator {
    return this.page.getByRole('region', { name: 'Sweep result' });
  }

  sweepField(axis: 'Early slots' | 'Early size', part: 'from' | 'to' | 'step'): Locator {
    return this.page.getByLabel(`${axis} ${part}`, { exact: true });
  }

  /** Fills both ranges ([from, to, step]) and presses Run sweep. */
  async runSweep(slots: [number, number, number], sizes: [number, number, number]): Promise<void> {
    const parts = ['from', 'to', 'step'] as const;
    for (let i = 0; i < 3; i++) {
      await this.sweepField('Early slots', parts[i]!).fill(String(slots[i]));
      await this.sweepField('Early size', parts[i]!).fill(String(sizes[i]));
    }
    await this.page.getByRole('button', { name: 'Run sweep' }).click();
  }

  /** The heatmap cell of one (earlySlots, earlySize) pair; its data-value is the shown number. */
  sweepCell(slots: number, size: number): Locator {
    return this.sweepResult().locator(`rect.sweep-cell[data-slots="${slots}"][data-size="${size}"]`);
  }

  sweepCells(): Locator {
    return this.sweepResult().locator('rect.sweep-cell');
  }

  sweepTooltip(): Locator {
    return this.sweepResult().getByRole('tooltip');
  }
}
