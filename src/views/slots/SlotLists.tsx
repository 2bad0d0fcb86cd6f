/** Placeholder: Slot lists */
export function SlotLists() {
  return <p className="placeholder">Slot lists</p>;
}
