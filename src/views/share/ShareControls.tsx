/** Placeholder: Share */
export function ShareControls() {
  return <p className="placeholder">Share</p>;
}
