import { PRESETS, presetById } from '../../scenario/presets';
import { isEdited, originPreset } from '../../scenario/scenarioIdentity';
import { focusStage } from '../keyboard/focusStage';
import { useExplorer } from '../storeContext';
import './presetPicker.css';

const CUSTOM = '';

/** Loads a ready-made scenario at step 0. Shows "Custom" when the scenario came from elsewhere. */
export function PresetPicker() {
  const presetId = useExplorer((s) => s.presetId);
  const scenario = useExplorer((s) => s.scenario);
  const loadScenario = useExplorer((s) => s.loadScenario);
  const origin = originPreset(scenario, presetId);
  // An edited preset is not the preset any more: the picker says so (and picking it reloads it).
  const current = origin && !isEdited(scenario, origin) ? origin : undefined;
  return (
    <label className="preset-picker">
      Preset{' '}
      <select
        value={current ? current.id : CUSTOM}
        title={current?.description}
        onChange={(e) => {
          const preset = presetById(e.target.value);
          if (preset) loadScenario(preset.scenario, { history: 'record', presetId: preset.id, step: 0 });
          // Back to the stage: a focused list box would take the next → as "load the next preset".
          focusStage();
        }}
      >
        {!current && <option value={CUSTOM}>{origin ? `Edited: ${origin.title}` : 'Custom scenario'}</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
}
