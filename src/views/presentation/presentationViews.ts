/** Panels a presentation can keep on screen (the editing panels never show in it). */
export const PRESENTATION_VIEWS = [
  { id: 'chunks', label: 'Chunk maps' },
  { id: 'maparray', label: 'Map array' },
  { id: 'units', label: 'Unit layout' },
  { id: 'narration', label: 'Narration' },
  { id: 'memory', label: 'Memory requests' },
  { id: 'codepath', label: 'Kernel code path' },
  { id: 'slots', label: 'Slot lists' },
  { id: 'log', label: 'Kernel log' },
  { id: 'timeline', label: 'Boot timeline' },
] as const;

export type PresentationViewId = (typeof PRESENTATION_VIEWS)[number]['id'];

/** What a talk usually needs: the maps, what happened, and the kernel's own words. */
export const DEFAULT_PRESENTATION_VIEWS: readonly PresentationViewId[] = ['chunks', 'narration', 'log'];

const ORDER: readonly PresentationViewId[] = PRESENTATION_VIEWS.map((v) => v.id);

const isViewId = (v: unknown): v is PresentationViewId => typeof v === 'string' && (ORDER as string[]).includes(v);

/** In the fixed panel order, without duplicates. */
export function canonicalViews(ids: readonly PresentationViewId[]): PresentationViewId[] {
  return ORDER.filter((id) => ids.includes(id));
}

/**
 * The views saved earlier (a JSON array of ids). Anything unreadable falls back to the
 * default; unknown ids (from an older or newer version) are dropped. An empty array is a
 * real choice: the stepper alone.
 */
export function parseStoredViews(raw: string | null): PresentationViewId[] {
  if (raw === null) return [...DEFAULT_PRESENTATION_VIEWS];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [...DEFAULT_PRESENTATION_VIEWS];
  }
  if (!Array.isArray(value)) return [...DEFAULT_PRESENTATION_VIEWS];
  const known = value.filter(isViewId);
  if (known.length === 0 && value.length > 0) return [...DEFAULT_PRESENTATION_VIEWS];
  return canonicalViews(known);
}

export function serializeViews(ids: readonly PresentationViewId[]): string {
  return JSON.stringify(canonicalViews(ids));
}

export function withView(
  ids: readonly PresentationViewId[],
  id: PresentationViewId,
  on: boolean,
): PresentationViewId[] {
  return canonicalViews(on ? [...ids, id] : ids.filter((v) => v !== id));
}

/** The views to hide: the page marks these so presentation CSS can take them away. */
export function hiddenViews(shown: readonly PresentationViewId[]): PresentationViewId[] {
  return ORDER.filter((id) => !shown.includes(id));
}
