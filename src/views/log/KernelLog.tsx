/** Placeholder: Kernel log */
export function KernelLog() {
  return <p className="placeholder">Kernel log</p>;
}
