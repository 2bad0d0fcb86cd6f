import { isSkipped, opWords } from '../../editing';
import { selectEditTarget, selectSkipped } from '../../store/editSlice';
import { selectScenario } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/** Delete, duplicate, move and skip the op of the current step (the one picked in the boot timeline). */
export function SelectedOpTools() {
  const target = useExplorer(selectEditTarget);
  const scenario = useExplorer(selectScenario);
  const skipped = useExplorer(selectSkipped);
  const applyOpEdit = useExplorer((s) => s.applyOpEdit);
  const toggleSkip = useExplorer((s) => s.toggleSkip);

  if (target === null) {
    return (
      <p className="editor-selected editor-muted" data-testid="selected-op">
        Step 0 is the setup. Pick an op in the boot timeline (or step forward) to edit it.
      </p>
    );
  }
  const ops = scenario.ops;
  const op = ops[target]!;
  const label = op.op === 'alloc' || op.op === 'mark' ? op.label : undefined;
  const ownSkip = skipped.has(target);
  const notRun = isSkipped(ops, skipped, target);
  return (
    <div className="editor-selected" role="group" aria-label="Selected op">
      <p data-testid="selected-op">
        Selected: <strong>ops[{target}]</strong> {opWords(op)}
        {label && <span className="editor-label"> · {label}</span>}
        {notRun && <em>{ownSkip ? ' (skipped)' : ' (not run: its alloc is skipped)'}</em>}
      </p>
      <div className="editor-buttons">
        <button type="button" onClick={() => applyOpEdit({ kind: 'delete', index: target })}>
          Delete
        </button>
        <button type="button" onClick={() => applyOpEdit({ kind: 'duplicate', index: target })}>
          Duplicate
        </button>
        <button
          type="button"
          disabled={target === 0}
          onClick={() => applyOpEdit({ kind: 'move', index: target, by: -1 })}
        >
          Move up
        </button>
        <button
          type="button"
          disabled={target === ops.length - 1}
          onClick={() => applyOpEdit({ kind: 'move', index: target, by: 1 })}
        >
          Move down
        </button>
        <button type="button" onClick={() => toggleSkip(target)}>
          {ownSkip ? 'Unskip' : 'Skip'}
        </button>
      </div>
    </div>
  );
}
