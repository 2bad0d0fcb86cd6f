import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';
import { ChunkMapsRegion } from './ChunkMapsRegion';
import { CompareRegion } from './CompareRegion';
import { ConfigRegion } from './ConfigRegion';
import { EditorRegion, type OpKind } from './EditorRegion';
import { ExportRegion } from './ExportRegion';
import { LogRegion } from './LogRegion';
import { NarrationRegion } from './NarrationRegion';
import { PresentationRegion } from './PresentationRegion';
import { QuizPanel } from './QuizPanel';
import { RealDataRegion } from './RealDataRegion';
import { ShareRegion } from './ShareRegion';
import { SlotsRegion } from './SlotsRegion';
import { StepperRegion } from './StepperRegion';
import { SweepRegion } from './SweepRegion';
import { TimelinePanel } from './TimelinePanel';
import { UnitLayoutRegion } from './UnitLayoutRegion';

/**
 * The whole explorer under one name, for the specs that still build it by hand (share, xss,
 * stepper): every method forwards to the region object that owns the element. Specs on
 * ../fixtures.ts take the regions themselves.
 */
export class ExplorerPage {
  private readonly app: AppShell;
  private readonly steps: StepperRegion;
  private readonly timeline: TimelinePanel;
  private readonly chunks: ChunkMapsRegion;
  private readonly slots: SlotsRegion;
  private readonly units: UnitLayoutRegion;
  private readonly share: ShareRegion;
  private readonly edit: EditorRegion;
  private readonly sweep: SweepRegion;
  private readonly compare: CompareRegion;
  private readonly quiz: QuizPanel;
  private readonly exporter: ExportRegion;
  private readonly presentation: PresentationRegion;
  private readonly realData: RealDataRegion;
  private readonly narrationRegion: NarrationRegion;
  private readonly log: LogRegion;
  private readonly config: ConfigRegion;

  constructor(readonly page: Page) {
    this.app = new AppShell(page);
    this.steps = new StepperRegion(page);
    this.timeline = new TimelinePanel(page);
    this.chunks = new ChunkMapsRegion(page);
    this.slots = new SlotsRegion(page);
    this.units = new UnitLayoutRegion(page);
    this.share = new ShareRegion(page);
    this.edit = new EditorRegion(page);
    this.sweep = new SweepRegion(page);
    this.compare = new CompareRegion(page);
    this.quiz = new QuizPanel(page);
    this.exporter = new ExportRegion(page);
    this.presentation = new PresentationRegion(page);
    this.realData = new RealDataRegion(page);
    this.narrationRegion = new NarrationRegion(page);
    this.log = new LogRegion(page);
    this.config = new ConfigRegion(page);
  }

  // The page around the regions
  open(hash = '', search = ''): Promise<void> {
    return this.app.open(hash, search);
  }
  panel(id: string): Locator {
    return this.app.panel(id);
  }
  openMode(label: string): Promise<void> {
    return this.app.openMode(label);
  }
  choosePreset(title: string): Promise<void> {
    return this.app.choosePreset(title);
  }
  notice(id: string): Locator {
    return this.app.notice(id);
  }
  scenarioTitle(): Locator {
    return this.app.scenarioTitle();
  }
  addressHash(): Promise<string> {
    return this.app.addressHash();
  }

  // Stepper, timeline, log, narration, config
  stepper(): Locator {
    return this.steps.region();
  }
  stepCount(): Locator {
    return this.steps.count();
  }
  scrubber(): Locator {
    return this.steps.scrubber();
  }
  stepperButton(name: string): Locator {
    return this.steps.button(name);
  }
  nextSteps(count: number): Promise<void> {
    return this.steps.nextSteps(count);
  }
  goToStep(step: number): Promise<void> {
    return this.steps.goToStep(step);
  }
  opRow(index: number): Locator {
    return this.timeline.opRow(index);
  }
  narration(): Locator {
    return this.narrationRegion.text();
  }
  kernelLog(): Locator {
    return this.log.lines();
  }
  configField(label: string): Locator {
    return this.config.field(label);
  }

  // Chunk maps, slot lists, unit layout
  chunkRows(): Locator {
    return this.chunks.rows();
  }
  chunkRow(id: number): Locator {
    return this.chunks.row(id);
  }
  chunkBar(id: number): Locator {
    return this.chunks.bar(id);
  }
  hoverChunkAt(id: number, fraction: number): Promise<void> {
    return this.chunks.hoverAt(id, fraction);
  }
  areaTooltip(): Locator {
    return this.chunks.tooltip();
  }
  mapGauge(id: number): Locator {
    return this.chunks.gauge(id);
  }
  slot(slot: number): Locator {
    return this.slots.slot(slot);
  }
  nextAllocTry(): Locator {
    return this.slots.nextAllocTry();
  }
  unitSelections(): Locator {
    return this.units.selections();
  }

  // Real data, quiz, sweep, compare
  dmesgSection(): Locator {
    return this.realData.dmesgSection();
  }
  ftraceSection(): Locator {
    return this.realData.ftraceSection();
  }
  quizScore(): Locator {
    return this.quiz.score();
  }
  quizForm(): Locator {
    return this.quiz.form();
  }
  sweepResult(): Locator {
    return this.sweep.result();
  }
  sweepField(axis: 'Early slots' | 'Early size', part: 'from' | 'to' | 'step'): Locator {
    return this.sweep.field(axis, part);
  }
  runSweep(slots: [number, number, number], sizes: [number, number, number]): Promise<void> {
    return this.sweep.run(slots, sizes);
  }
  sweepCell(slots: number, size: number): Locator {
    return this.sweep.cell(slots, size);
  }
  sweepCells(): Locator {
    return this.sweep.cells();
  }
  sweepTooltip(): Locator {
    return this.sweep.tooltip();
  }
  compareForm(): Locator {
    return this.compare.form();
  }
  compareColumn(side: 'left' | 'right'): Locator {
    return this.compare.column(side);
  }
  compareOutcome(side: 'left' | 'right'): Locator {
    return this.compare.outcome(side);
  }
  compareLog(side: 'left' | 'right'): Locator {
    return this.compare.log(side);
  }
  divergencePanel(): Locator {
    return this.compare.divergencePanel();
  }
  divergenceMark(): Locator {
    return this.compare.divergenceMark();
  }
  divergenceFlags(flag: string): Locator {
    return this.compare.divergenceFlags(flag);
  }
  compareCustom(values: { earlySlots?: number; earlySize?: number }): Promise<void> {
    return this.compare.custom(values);
  }

  // Op editor
  editor(): Locator {
    return this.edit.panel();
  }
  editorButton(name: string): Locator {
    return this.edit.button(name);
  }
  newOpForm(kind: OpKind): Locator {
    return this.edit.newOpForm(kind);
  }
  chooseNewOpKind(kind: OpKind): Promise<void> {
    return this.edit.chooseNewOpKind(kind);
  }
  insertAlloc(size: number, align: number, label = ''): Promise<void> {
    return this.edit.insertAlloc(size, align, label);
  }
  insertFree(option: string): Promise<void> {
    return this.edit.insertFree(option);
  }
  insertMark(label: string): Promise<void> {
    return this.edit.insertMark(label);
  }
  editRefusal(): Locator {
    return this.edit.refusal();
  }
  editStatus(): Locator {
    return this.edit.status();
  }
  selectedOp(): Locator {
    return this.edit.selectedOp();
  }

  // Share links, files, link errors
  shareGroup(): Locator {
    return this.share.group();
  }
  copyLink(): Promise<Locator> {
    return this.share.copyLink();
  }
  linkLength(): Locator {
    return this.share.linkLength();
  }
  openFilesMenu(): Promise<void> {
    return this.share.openFilesMenu();
  }
  importFile(name: string, text: string): Promise<void> {
    return this.share.importFile(name, text);
  }
  dropFile(name: string, text: string, onOverlay?: () => Promise<void>): Promise<void> {
    return this.share.dropFile(name, text, onOverlay);
  }
  download(entry: 'Export scenario' | 'Export trace'): Promise<{ name: string; text: string }> {
    return this.share.download(entry);
  }
  linkErrorPage(): Locator {
    return this.share.linkErrorPage();
  }
  recoveryButton(name: 'Open the default scenario' | 'Open my last autosaved scenario'): Locator {
    return this.share.recoveryButton(name);
  }

  // Export and presentation
  exportPanel(): Locator {
    return this.exporter.panel();
  }
  openExportMenu(): Promise<void> {
    return this.exporter.openMenu();
  }
  exportFile(label: string, timeout = 30_000): Promise<{ name: string; bytes: Buffer }> {
    return this.exporter.file(label, timeout);
  }
  animationField(label: 'From step' | 'To step' | 'Frames per step'): Locator {
    return this.exporter.animationField(label);
  }
  presentationToggle(): Locator {
    return this.presentation.toggle();
  }
  choosePresentationView(label: string, on: boolean): Promise<void> {
    return this.presentation.chooseView(label, on);
  }
}
