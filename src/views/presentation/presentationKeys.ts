export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * `p` toggles presentation; Escape leaves it. Nothing while typing, with a modifier held
 * (Ctrl+P prints), or when a focused widget already used the key (a chunk map's Escape).
 */
export function presentationKeyAction(
  press: KeyPress,
  typing: boolean,
  presenting: boolean,
): 'toggle' | 'leave' | null {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'Escape') return presenting ? 'leave' : null;
  if (typing) return null;
  return press.key === 'p' || press.key === 'P' ? 'toggle' : null;
}
