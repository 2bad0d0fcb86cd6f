/** Placeholder: What happened */
export function Narration() {
  return <p className="placeholder">What happened</p>;
}
