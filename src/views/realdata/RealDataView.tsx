/** Placeholder: Paste a boot log or an ftrace */
export function RealDataView() {
  return <p className="placeholder">Paste a boot log or an ftrace</p>;
}
