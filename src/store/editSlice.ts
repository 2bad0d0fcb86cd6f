import type { StateCreator } from 'zustand';
import {
  applyEdit,
  emptyHistory,
  opName,
  record,
  redo,
  remapIndices,
  remapStep,
  toggleSkipped,
  undo,
  type Edit,
  type History,
} from '../editing';
import type { Scenario } from '../engine/types';
import { HISTORY_LIMITS, snapshotOf, type EditSnapshot } from './editSnapshot';
import { timelineFor } from './scenarioSlice';
import type { ExplorerState } from './types';

/** The last edit's outcome: a refusal (shown as an alert) or what was done (a status line). */
export interface EditNotice {
  tone: 'refused' | 'done';
  text: string;
}

export interface EditSlice {
  editHistory: History<EditSnapshot>;
  editNotice: EditNotice | null;
  /** Applies an op edit; false when refused (editNotice then says why and nothing changed). */
  applyOpEdit: (edit: Edit) => boolean;
  /** Skips op `index` (or runs it again); the scenario's ops are not changed. */
  toggleSkip: (index: number) => void;
  undoEdit: () => void;
  redoEdit: () => void;
  dismissEditNotice: () => void;
}

/** The step to show after an edit: the inserted, copied or moved op when there is one. */
function stepAfter(edit: Edit, step: number, focus: number | null, remap: Int32Array): number {
  const follows = focus !== null && (edit.kind !== 'move' || edit.index === step - 1);
  return follows ? focus + 1 : remapStep(step, remap);
}

/**
 * Op editing, skipping and undo/redo. Scenario changes go through loadScenario (which keeps or
 * sets the skips and builds the timeline once); loads made elsewhere (presets, the config form)
 * say `history: 'record'` to be undoable.
 */
export const createEditSlice: StateCreator<ExplorerState, [], [], EditSlice> = (set, get) => {
  const loadQuietly = (scenario: Scenario, skipped: ReadonlySet<number>, presetId: string | null, step: number) =>
    get().loadScenario(scenario, { history: 'ignore', presetId, step, skipped });

  /** Same scenario, other skips: only the timeline changes. */
  const rerun = (skipped: ReadonlySet<number>, step: number) => {
    set({ skipped, timeline: timelineFor(get().scenario, skipped), playing: false, loop: null });
    get().setStep(step);
  };

  const restore = (snapshot: EditSnapshot) => {
    if (snapshot.scenario === get().scenario) {
      set({ presetId: snapshot.presetId });
      rerun(snapshot.skipped, snapshot.step);
    } else loadQuietly(snapshot.scenario, snapshot.skipped, snapshot.presetId, snapshot.step);
  };

  return {
    editHistory: emptyHistory(),
    editNotice: null,

    applyOpEdit: (edit) => {
      const s = get();
      const result = applyEdit(s.scenario, edit);
      if (!result.ok) {
        set({ editNotice: { tone: 'refused', text: result.message } });
        return false;
      }
      const selected = s.selectedAlloc === null ? -1 : (result.remap[s.selectedAlloc] ?? -1);
      // An edited scenario is no longer the preset it came from (the picker then offers it again).
      loadQuietly(
        result.scenario,
        new Set(remapIndices(s.skipped, result.remap)),
        null,
        stepAfter(edit, s.step, result.focus, result.remap),
      );
      set({
        editHistory: record(s.editHistory, result.label, snapshotOf(s), snapshotOf(get()), HISTORY_LIMITS),
        editNotice: { tone: 'done', text: `Done: ${result.label}.${result.notice ? ` ${result.notice}` : ''}` },
        // The selected allocation keeps being selected under its new index.
        selectedAlloc: selected >= 0 ? selected : null,
      });
      return true;
    },

    toggleSkip: (index) => {
      const s = get();
      if (!Number.isInteger(index) || index < 0 || index >= s.scenario.ops.length) {
        set({ editNotice: { tone: 'refused', text: `Skip refused: there is no ops[${index}].` } });
        return;
      }
      const skipped = toggleSkipped(s.skipped, index);
      const label = `${skipped.has(index) ? 'skip' : 'run again'} ${opName(s.scenario.ops, index)}`;
      rerun(skipped, s.step);
      set({
        editHistory: record(s.editHistory, label, snapshotOf(s), snapshotOf(get()), HISTORY_LIMITS),
        editNotice: { tone: 'done', text: `Done: ${label}.` },
      });
    },

    undoEdit: () => {
      const move = undo(get().editHistory);
      if (!move) return;
      set({ editHistory: move.history, editNotice: { tone: 'done', text: `Undone: ${move.label}.` } });
      restore(move.restore);
    },

    redoEdit: () => {
      const move = redo(get().editHistory);
      if (!move) return;
      set({ editHistory: move.history, editNotice: { tone: 'done', text: `Redone: ${move.label}.` } });
      restore(move.restore);
    },

    dismissEditNotice: () => set({ editNotice: null }),
  };
};

// Selectors (module scope: stable identities).
/** Indices of skipped ops (frees of skipped allocs also do not run: see isSkipped in src/editing). */
export const selectSkipped = (s: ExplorerState) => s.skipped;
export const selectEditNotice = (s: ExplorerState) => s.editNotice;
export const selectCanUndo = (s: ExplorerState) => s.editHistory.past.length > 0;
export const selectCanRedo = (s: ExplorerState) => s.editHistory.future.length > 0;
export const selectUndoLabel = (s: ExplorerState) => s.editHistory.past.at(-1)?.label ?? null;
export const selectRedoLabel = (s: ExplorerState) => s.editHistory.future.at(-1)?.label ?? null;
/** The op the editor acts on: the one whose result the current step shows (null at step 0). */
export const selectEditTarget = (s: ExplorerState): number | null =>
  s.step > 0 && s.step <= s.scenario.ops.length ? s.step - 1 : null;
