/** The parts of a focused element that tell whether a key press is typing (an HTMLElement has them). */
export interface FocusTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Inputs whose keys are not text: pressing `p` or Ctrl+Z on them is a shortcut, not typing. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** The focused element of a key event, or null when it is not an HTML element (the window, an SVG map). */
export const focusTarget = (target: EventTarget | null): FocusTarget | null =>
  target instanceof HTMLElement ? target : null;

/** True when key presses edit text: a text field, a text area or editable content. */
export function isTextEntry(target: FocusTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

/** True when a key press goes into the field: text entry, or a list box (which jumps to the option typed). */
export function isTypingTarget(target: FocusTarget | null): boolean {
  return isTextEntry(target) || target?.tagName.toUpperCase() === 'SELECT';
}
