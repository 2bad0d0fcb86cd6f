/** The parts of a focused element that tell whether a key press is typing. */
export interface FocusTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Inputs whose keys are not text: pressing `p` on them is a shortcut, not typing. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when a key press goes into a text field, a list box or editable content. */
export function isTypingTarget(target: FocusTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

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
