/** Placeholder: Compare two configurations side by side */
export function CompareView() {
  return <p className="placeholder">Compare two configurations side by side</p>;
}
