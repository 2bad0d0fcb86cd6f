/** Placeholder: What-if sweep over earlySlots × earlySize */
export function SweepView() {
  return <p className="placeholder">What-if sweep over earlySlots × earlySize</p>;
}
