import type { StoreApi } from 'zustand/vanilla';
import type { LinkView } from '../../share';
import type { ExplorerState, PanelId } from '../types';

/** Every panel a link can name, in the order the layout shows them. */
export const ALL_PANELS: readonly PanelId[] = [
  'timeline',
  'editor',
  'chunks',
  'units',
  'narration',
  'slots',
  'log',
  'config',
];

const isPanel = (id: string): id is PanelId => (ALL_PANELS as readonly string[]).includes(id);

/**
 * What a link records of the screen. Open panels are listed only when some are closed, so the
 * usual all-open layout costs the link nothing.
 */
export function linkViewOf(s: ExplorerState): LinkView {
  const open = ALL_PANELS.filter((id) => !s.collapsed[id]);
  const selected = s.selectedAlloc;
  return {
    step: Math.min(s.step, s.scenario.ops.length),
    // A link may only name an alloc op (decodeLink checks); anything else is not worth a broken link.
    selection: selected !== null && s.scenario.ops[selected]?.op === 'alloc' ? selected : null,
    ...(open.length < ALL_PANELS.length && { panels: open }),
  };
}

/** Shows a link's view. Panel ids this version does not know are ignored (a newer link may name more). */
export function applyLinkView(store: StoreApi<ExplorerState>, view: LinkView): void {
  const s = store.getState();
  s.setStep(view.step);
  s.select(view.selection);
  const open = new Set((view.panels ?? ALL_PANELS).filter(isPanel));
  const collapsed: ExplorerState['collapsed'] = {};
  for (const id of ALL_PANELS) if (!open.has(id)) collapsed[id] = true;
  store.setState({ collapsed });
}
