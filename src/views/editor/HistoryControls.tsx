import { selectCanRedo, selectCanUndo, selectRedoLabel, selectUndoLabel } from '../../store/editSlice';
import { useExplorer } from '../storeContext';
import { useEditShortcuts } from './useEditShortcuts';

/** Undo / Redo buttons; the title says what each would undo or redo. Also installs the shortcuts. */
export function HistoryControls() {
  const canUndo = useExplorer(selectCanUndo);
  const canRedo = useExplorer(selectCanRedo);
  const undoLabel = useExplorer(selectUndoLabel);
  const redoLabel = useExplorer(selectRedoLabel);
  const undoEdit = useExplorer((s) => s.undoEdit);
  const redoEdit = useExplorer((s) => s.redoEdit);
  useEditShortcuts();
  return (
    <div className="editor-history" role="group" aria-label="Edit history">
      <button
        type="button"
        aria-label="Undo"
        aria-keyshortcuts="Control+Z"
        title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        disabled={!canUndo}
        onClick={undoEdit}
      >
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button
        type="button"
        aria-label="Redo"
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        disabled={!canRedo}
        onClick={redoEdit}
      >
        <span aria-hidden="true">↷</span> Redo
      </button>
    </div>
  );
}
