import type { StepView, Timeline } from '../engine/timeline';
import type { Scenario } from '../engine/types';
import type { CompareSlice } from './compareSlice';
import type { EditSlice } from './editSlice';
import type { LinkSlice } from './linkSlice';
import type { QuizSlice } from './quizSlice';
import type { SweepSlice } from './sweepSlice';
import type { Theme } from '../share/viewParams';

export type { Theme } from '../share/viewParams';
export type Mode = 'explore' | 'compare' | 'sweep' | 'realdata' | 'quiz';
export type PanelId =
  | 'timeline'
  | 'chunks'
  | 'units'
  | 'slots'
  | 'log'
  | 'narration'
  | 'config'
  | 'editor'
  | 'lecture'
  | 'glossary'
  | 'maparray'
  | 'memory'
  | 'codepath';

export interface ScenarioSlice {
  scenario: Scenario;
  /** Id of the preset the scenario came from, if any (for "Reset to preset"). */
  presetId: string | null;
  /** Indices of scenario ops that do not run; the timeline runs effectiveOps(scenario.ops, skipped). */
  skipped: ReadonlySet<number>;
  timeline: Timeline;
  /**
   * Replaces the scenario and shows `step` (default: the current one, clamped) in one update.
   * Skips are kept when the ops are the same (a config change) unless `skipped` says otherwise.
   */
  loadScenario: (scenario: Scenario, options: LoadOptions) => void;
}

/**
 * What a load does to undo, said by the caller: 'record' makes it one undoable step (labelled
 * `label`, or by what changed); 'ignore' leaves the history alone (undo and redo themselves);
 * 'reset' starts a new document with no history (a link, a file opened over nothing edited).
 */
export interface LoadOptions {
  history: 'record' | 'ignore' | 'reset';
  label?: string;
  presetId?: string | null;
  step?: number;
  skipped?: ReadonlySet<number>;
}

export interface PlaybackSlice {
  step: number;
  view: StepView | null;
  playing: boolean;
  /** Playback speed multiplier (0.25×–16×, see SPEEDS in playbackSlice). */
  speed: number;
  loop: { from: number; to: number } | null;
  setStep: (step: number) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: number) => void;
  setLoop: (loop: { from: number; to: number } | null) => void;
}

export interface SelectionSlice {
  /** The selected allocation, by the index of the alloc op that made it. */
  selectedAlloc: number | null;
  select: (alloc: number | null) => void;
  /** The map entry hovered or focused in the area map or the map array (cross-highlight). */
  linkedEntry: { chunk: number; index: number } | null;
  linkEntry: (entry: { chunk: number; index: number } | null) => void;
}

/** A range of unit offsets, [from, to) in bytes. */
export interface OffsetWindow {
  from: number;
  to: number;
}

export interface ZoomRequest extends OffsetWindow {
  /** The chunk the window is about (brought into view), when one is named. */
  chunk?: number;
  /** The step it is for: the map applies it again once the view has arrived there. */
  step: number;
}

export interface UiSlice {
  mode: Mode;
  /** Large type, high contrast, only the stepper and the chosen views. */
  presentation: boolean;
  /** In an iframe: no editing chrome (`?embed=1`); `controls=0` hides the stepper too. */
  embed: boolean;
  showControls: boolean;
  setMode: (mode: Mode) => void;
  setPresentation: (on: boolean) => void;
  setEmbed: (embed: boolean, showControls: boolean) => void;
  /**
   * The panel ids presentation mode shows, as last chosen in this browser (null: the default set).
   * The views decide which ids can be presented; the persistence layer keeps the choice.
   */
  presentationViews: readonly string[] | null;
  setPresentationViews: (views: readonly string[]) => void;
  /** Lecture mode: the index of the lecture stop on screen, or null when not lecturing. */
  lectureStop: number | null;
  setLectureStop: (stop: number | null) => void;
  /**
   * A window of unit offsets the chunk map is asked to show (a lecture stop's focus), held
   * while it stands: follow-the-action leaves it alone. null: the map zooms as the user says.
   */
  zoomRequest: ZoomRequest | null;
  requestZoom: (request: ZoomRequest | null) => void;
  /** The unit offsets the chunk map shows now, for "stop here" to capture; null when not drawn. */
  zoomWindow: OffsetWindow | null;
  setZoomWindow: (window: OffsetWindow | null) => void;
  theme: Theme;
  collapsed: Partial<Record<PanelId, boolean>>;
  setTheme: (theme: Theme) => void;
  togglePanel: (panel: PanelId) => void;
}

export type ExplorerState = ScenarioSlice &
  PlaybackSlice &
  SelectionSlice &
  UiSlice &
  EditSlice &
  LinkSlice &
  CompareSlice &
  QuizSlice &
  SweepSlice;
