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

  // --- Op editor (editor.spec.ts) ---

  editor(): Locator {
    return this.panel('editor');
  }

  editorButton(name: string): Locator {
    return this.editor().getByRole('button', { name, exact: true });
  }

  /** The form that inserts one op of `kind` at the current step. */
  newOpForm(kind: 'alloc' | 'free' | 'slab-online' | 'mark'): Locator {
    return this.editor().getByRole('form', { name: `New ${kind}` });
  }

  async chooseNewOpKind(kind: 'alloc' | 'free' | 'slab-online' | 'mark'): Promise<void> {
    await this.editor().getByLabel('Op kind').selectOption(kind);
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
  editRefusal(): Locator {
    return this.editor().getByRole('alert');
  }

  /** What the last edit did (role=status in the editor). */
  editStatus(): Locator {
    return this.editor().getByRole('status');
  }

  selectedOp(): Locator {
    return this.editor().getByTestId('selected-op');
  }

  async goToStep(step: number): Promise<void> {
    await this.scrubber().fill(String(step));
  }

  // --- Compare mode (compare.spec.ts) ---

  compareForm(): Locator {
    return this.page.getByRole('form', { name: 'Comparison' });
  }

  /** 'Current scenario' (left) or 'Compared configuration' (right). */
  compareColumn(side: 'left' | 'right'): Locator {
    return this.page.locator(`section.compare-col[data-side="${side}"]`);
  }

  compareOutcome(side: 'left' | 'right'): Locator {
    return this.compareColumn(side).getByTestId('compare-outcome');
  }

  compareLog(side: 'left' | 'right'): Locator {
    return this.compareColumn(side).getByTestId('compare-log');
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
  async compareCustom(values: { earlySlots?: number; earlySize?: number }): Promise<void> {
    await this.compareForm().getByLabel('Custom early-area values', { exact: false }).check();
    const slots = this.compareForm().getByLabel('Early slots', { exact: true });
    const size = this.compareForm().getByLabel('Early size', { exact: true });
    await slots.fill(values.earlySlots === undefined ? '' : String(values.earlySlots));
    await size.fill(values.earlySize === undefined ? '' : String(values.earlySize));
  }

  // --- Share links, files, autosave, link errors (share.spec.ts, files.spec.ts, xss.spec.ts) ---

  shareGroup(): Locator {
    return this.page.getByRole('group', { name: 'Share' });
  }

  /** Presses Copy link and returns the status popover ("Link copied — N characters"). */
  async copyLink(): Promise<Locator> {
    await this.shareGroup().getByRole('button', { name: 'Copy link', exact: true }).click();
    return this.page.getByTestId('copy-status');
  }

  /** The "N characters" beside Copy link. */
  linkLength(): Locator {
    return this.page.getByTestId('link-length');
  }

  async openFilesMenu(): Promise<void> {
    const menu = this.shareGroup().locator('details.share-files');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  }

  /** Imports a scenario file through the file picker. */
  async importFile(name: string, text: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** Drags a file over the page (the overlay shows) and drops it. */
  async dropFile(name: string, text: string, onOverlay?: () => Promise<void>): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: 'application/json' }));
        return transfer;
      },
      [name, text] as const,
    );
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer });
    if (onOverlay) await onOverlay();
    await this.page.dispatchEvent('main', 'drop', { dataTransfer });
  }

  /** Clicks a Files menu entry that downloads, and returns the downloaded text and file name. */
  async download(entry: 'Export scenario' | 'Export trace'): Promise<{ name: string; text: string }> {
    await this.openFilesMenu();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.shareGroup().getByRole('button', { name: entry, exact: true }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  notice(id: string): Locator {
    return this.page.locator(`[data-notice="${id}"]`);
  }

  scenarioTitle(): Locator {
    return this.page.locator('.scenario-title');
  }

  /** The page shown instead of the app for a link that cannot be opened. */
  linkErrorPage(): Locator {
    return this.page.locator('[data-link-error]');
  }

  recoveryButton(name: 'Open the default scenario' | 'Open my last autosaved scenario'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The hash the address bar shows, once the app has written one (it waits ~200 ms after a change). */
  async addressHash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  // --- Export and presentation (export.spec.ts, presentation.spec.ts) ---

  /** The header's Export panel (stills and the WebM form). */
  exportPanel(): Locator {
    return this.page.getByRole('group', { name: 'Export', exact: true });
  }

  async openExportMenu(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'Export', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** Clicks an Export panel button that downloads; returns the file name and its bytes. */
  async exportFile(label: string, timeout = 30_000): Promise<{ name: string; bytes: Buffer }> {
    await this.openExportMenu();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout }),
      this.exportPanel().getByRole('button', { name: label, exact: true }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  animationField(label: 'From step' | 'To step' | 'Frames per step'): Locator {
    return this.exportPanel().getByLabel(label, { exact: true });
  }

  presentationToggle(): Locator {
    return this.page.getByRole('button', { name: 'Presentation', exact: true });
  }

  /** Ticks or clears one "Show in presentation" box (the Views list shows in presentation mode). */
  async choosePresentationView(label: string, on: boolean): Promise<void> {
    const views = this.page.locator('details.presentation-views');
    if (!(await views.evaluate((d) => (d as HTMLDetailsElement).open))) await views.locator('summary').click();
    await this.page.getByRole('group', { name: 'Show in presentation' }).getByLabel(label, { exact: true }).setChecked(on);
  }
}
