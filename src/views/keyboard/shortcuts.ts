/** Every keyboard shortcut, in one list: the `?` sheet shows it and the README copies it. */
export interface Shortcut {
  keys: string;
  what: string;
}

export interface ShortcutGroup {
  title: string;
  items: Shortcut[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: 'Stepping (whatever has focus, except text fields and open menus)',
    items: [
      { keys: '← / →', what: 'previous / next step' },
      { keys: 'Home / End', what: 'first / last step' },
      { keys: 'Space', what: 'play / pause (buttons still answer Enter)' },
      { keys: '[ / ]', what: 'previous / next failure, warning or bookmark' },
      { keys: '− / +', what: 'slower / faster' },
    ],
  },
  {
    title: 'Presentation and lectures',
    items: [
      { keys: 'p', what: 'presentation mode on / off' },
      { keys: 'Escape', what: 'leave presentation (or lecture) mode' },
      { keys: 'l', what: 'lecture mode on / off (when the scenario has a lecture)' },
      { keys: '→ / PageDown', what: 'in lecture mode: next stop (what clickers send)' },
      { keys: '← / PageUp', what: 'in lecture mode: previous stop' },
      { keys: 'k', what: 'fold / unfold the legend' },
    ],
  },
  {
    title: 'Editing',
    items: [
      { keys: 'Ctrl+Z', what: 'undo an edit (⌘Z on a Mac)' },
      { keys: 'Ctrl+Shift+Z or Ctrl+Y', what: 'redo' },
    ],
  },
  {
    title: 'A focused chunk map',
    items: [
      { keys: '← / → , Home / End', what: 'move between areas' },
      { keys: 'Enter or Space', what: 'select the allocation' },
      { keys: '+ / − / 0', what: 'zoom in / out / reset' },
      { keys: 'z', what: 'zoom to the area' },
    ],
  },
  { title: 'Help', items: [{ keys: '?', what: 'this list' }] },
];
