/** Placeholder: Per-unit layout */
export function UnitLayout() {
  return <p className="placeholder">Per-unit layout</p>;
}
