import { useSyncExternalStore } from 'react';

/** The one glossary tooltip on screen: which term, and where its word is. */
export interface Tip {
  id: string;
  rect: { left: number; top: number; bottom: number };
}

let tip: Tip | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showTip(id: string, rect: DOMRect): void {
  tip = { id, rect: { left: rect.left, top: rect.top, bottom: rect.bottom } };
  emit();
}

export function hideTip(): void {
  if (tip === null) return;
  tip = null;
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useTip = (): Tip | null =>
  useSyncExternalStore(
    subscribe,
    () => tip,
    () => tip,
  );
