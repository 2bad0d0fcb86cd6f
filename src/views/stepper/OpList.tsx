/** Placeholder: Boot timeline: the ops, before and after slab */
export function OpList() {
  return <p className="placeholder">Boot timeline: the ops, before and after slab</p>;
}
