import { isTextEntry, type FocusTarget } from './isTypingTarget';

/** What the focused element is, as far as global shortcuts care. */
export interface KeyContext extends FocusTarget {
  /** True when focus is inside an open menu or pop-up (a dialog, role=menu/listbox, an open details' content). */
  inMenu?: boolean;
}

/**
 * Who answers a key: the focused control ('native') or the app's shortcuts ('app').
 *
 * Shortcuts work whatever has focus, except in text fields and open menus. A closed list box
 * (the Preset picker after a mouse pick) would otherwise turn → into "load the next preset";
 * a button would re-press itself on Space. Buttons keep Enter, check boxes and radio buttons
 * keep Space (their only key), radio groups and sliders keep their arrows.
 */
export function keyOwner(key: string, target: KeyContext | null): 'native' | 'app' {
  if (!target) return 'app';
  if (isTextEntry(target) || target.inMenu) return 'native';
  const tag = target.tagName.toUpperCase();
  const type = (target.type ?? '').toLowerCase();
  if (key === 'Enter') return 'native';
  if (tag === 'INPUT' && type === 'range' && SLIDER_KEYS.has(key)) return 'native';
  if (tag === 'INPUT' && (type === 'checkbox' || type === 'radio') && key === ' ') return 'native';
  if (tag === 'INPUT' && type === 'radio' && ARROWS.has(key)) return 'native';
  return 'app';
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
const SLIDER_KEYS = new Set([...ARROWS, 'Home', 'End', 'PageUp', 'PageDown']);

const POPUP = 'dialog, [role="menu"], [role="dialog"], [role="listbox"]';

/** Inside a pop-up, or inside an open details menu's content (its summary still steps). */
function inMenu(target: HTMLElement): boolean {
  if (target.closest(POPUP)) return true;
  return target.tagName !== 'SUMMARY' && target.closest('details[open]') !== null;
}

/** The key context of an event target (null for the window or an SVG map). */
export function keyContext(target: EventTarget | null): KeyContext | null {
  if (!(target instanceof HTMLElement)) return null;
  return {
    tagName: target.tagName,
    type: target instanceof HTMLInputElement ? target.type : undefined,
    isContentEditable: target.isContentEditable,
    inMenu: inMenu(target),
  };
}
