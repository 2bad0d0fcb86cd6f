import { presetById } from '../../scenario/presets';
import { useExplorer, useExplorerStore } from '../storeContext';
import { selectPresetId } from './selectors';

/** Back to the preset as shipped, at step 0. Undo (the edit history) brings the changes back. */
export function ResetToPreset() {
  const store = useExplorerStore();
  const presetId = useExplorer(selectPresetId);
  const preset = presetId !== null ? presetById(presetId) : undefined;
  if (!preset) return null;
  return (
    <button
      type="button"
      title={`Reload “${preset.title}” as shipped, at step 0`}
      onClick={() => {
        const s = store.getState();
        s.setPlaying(false);
        s.loadScenario(preset.scenario, { presetId: preset.id, step: 0 });
        s.select(null);
      }}
    >
      Reset to preset
    </button>
  );
}
