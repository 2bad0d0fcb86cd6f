/** Placeholder: Config */
export function ConfigPanel() {
  return <p className="placeholder">Config</p>;
}
