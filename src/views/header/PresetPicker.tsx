import { PRESETS, presetById } from '../../scenario/presets';
import { useExplorer } from '../storeContext';

const CUSTOM = '';

/** Loads a ready-made scenario at step 0. Shows "Custom" when the scenario came from elsewhere. */
export function PresetPicker() {
  const presetId = useExplorer((s) => s.presetId);
  const loadScenario = useExplorer((s) => s.loadScenario);
  const current = presetId !== null ? presetById(presetId) : undefined;
  return (
    <label className="preset-picker">
      Preset{' '}
      <select
        value={current ? current.id : CUSTOM}
        title={current?.description}
        onChange={(e) => {
          const preset = presetById(e.target.value);
          if (preset) loadScenario(preset.scenario, { presetId: preset.id, step: 0 });
        }}
      >
        {!current && <option value={CUSTOM}>Custom scenario</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
}
