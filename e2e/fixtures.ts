import { test as base, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { ChangePage } from './pages/ChangePage';
import { ChunkMapsRegion } from './pages/ChunkMapsRegion';
import { CompareRegion } from './pages/CompareRegion';
import { ConfigRegion } from './pages/ConfigRegion';
import { EditorRegion } from './pages/EditorRegion';
import { ExportRegion } from './pages/ExportRegion';
import { LecturePanel } from './pages/LecturePanel';
import { LogRegion } from './pages/LogRegion';
import { NarrationRegion } from './pages/NarrationRegion';
import { PresentationRegion } from './pages/PresentationRegion';
import { QuizPanel } from './pages/QuizPanel';
import { RealDataRegion } from './pages/RealDataRegion';
import { ShareRegion } from './pages/ShareRegion';
import { SlotsRegion } from './pages/SlotsRegion';
import { StagePage } from './pages/StagePage';
import { StepperRegion } from './pages/StepperRegion';
import { StorageAndFiles } from './pages/StorageAndFiles';
import { SweepRegion } from './pages/SweepRegion';
import { TimelinePanel } from './pages/TimelinePanel';
import { UnitLayoutRegion } from './pages/UnitLayoutRegion';

/** One page object per region of the explorer; a spec names the regions it talks to. */
export interface Regions {
  app: AppShell;
  stepper: StepperRegion;
  timeline: TimelinePanel;
  log: LogRegion;
  narration: NarrationRegion;
  config: ConfigRegion;
  chunkMaps: ChunkMapsRegion;
  slots: SlotsRegion;
  unitLayout: UnitLayoutRegion;
  editor: EditorRegion;
  share: ShareRegion;
  exporter: ExportRegion;
  presentation: PresentationRegion;
  compare: CompareRegion;
  sweep: SweepRegion;
  quiz: QuizPanel;
  realData: RealDataRegion;
  lecture: LecturePanel;
  change: ChangePage;
  /** Window-level measures; it collects page errors from the moment a test asks for it. */
  stage: StagePage;
  storage: StorageAndFiles;
}

/** A fixture that builds one region object on the test's page (regions hold no state to tear down). */
const region =
  <R>(Region: new (page: Page) => R) =>
  async ({ page }: { page: Page }, use: (r: R) => Promise<void>): Promise<void> => {
    await use(new Region(page));
  };

export const test = base.extend<Regions>({
  app: region(AppShell),
  stepper: region(StepperRegion),
  timeline: region(TimelinePanel),
  log: region(LogRegion),
  narration: region(NarrationRegion),
  config: region(ConfigRegion),
  chunkMaps: region(ChunkMapsRegion),
  slots: region(SlotsRegion),
  unitLayout: region(UnitLayoutRegion),
  editor: region(EditorRegion),
  share: region(ShareRegion),
  exporter: region(ExportRegion),
  presentation: region(PresentationRegion),
  compare: region(CompareRegion),
  sweep: region(SweepRegion),
  quiz: region(QuizPanel),
  realData: region(RealDataRegion),
  lecture: region(LecturePanel),
  change: region(ChangePage),
  stage: region(StagePage),
  storage: region(StorageAndFiles),
});

export { expect } from '@playwright/test';
