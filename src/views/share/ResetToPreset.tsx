import { originPreset } from '../../scenario/scenarioIdentity';
import { useExplorer, useExplorerStore } from '../storeContext';
import { selectPresetId } from './selectors';

/** Back to the preset as shipped, at step 0. Undo (the edit history) brings the changes back. */
export function ResetToPreset() {
  const store = useExplorerStore();
  const presetId = useExplorer(selectPresetId);
  const scenario = useExplorer((s) => s.scenario);
  // Found by title after an op edit too: that is exactly when a reset is wanted.
  const preset = originPreset(scenario, presetId);
  if (!preset) return null;
  return (
    <button
      type="button"
      title={`Reload “${preset.title}” as shipped, at step 0`}
      onClick={() => {
        const s = store.getState();
        s.setPlaying(false);
        s.loadScenario(preset.scenario, { history: 'record', presetId: preset.id, step: 0 });
        s.select(null);
      }}
    >
      Reset to preset
    </button>
  );
}
