/** Placeholder: Stepper controls and scrubber */
export function Stepper() {
  return <p className="placeholder">Stepper controls and scrubber</p>;
}
