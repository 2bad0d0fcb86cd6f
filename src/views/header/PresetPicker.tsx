/** Placeholder: Presets */
export function PresetPicker() {
  return <p className="placeholder">Presets</p>;
}
