/** Placeholder: Op editor */
export function OpEditor() {
  return <p className="placeholder">Op editor</p>;
}
