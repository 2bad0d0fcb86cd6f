/**
 * Undo/redo as two stacks of entries holding whole snapshots: the state before an edit (what Undo
 * restores) and right after it (what Redo restores, so a redone edit is shown as it was made).
 *
 * Why snapshots and not diffs: an edit can renumber every later free (deleting op 0 shifts them
 * all), so a diff is about as large as the list, and inverting remaps is easy to get wrong.
 * Snapshots cost one array of references per entry — the op objects themselves are shared between
 * snapshots because edits copy only the ops they change, and an entry's `after` is the next entry's
 * `before`. The stacks are capped by entry count and by a weight budget (total ops held) so a
 * 100 000-op scenario cannot keep gigabytes alive.
 */

export interface HistoryEntry<S> {
  /** What the edit did, for "Undo delete ops[3]". */
  label: string;
  before: S;
  after: S;
}

export interface History<S> {
  /** Oldest first; the last entry is what Undo reverts. */
  past: HistoryEntry<S>[];
  /** Most recent undo last; the last entry is what Redo re-applies. */
  future: HistoryEntry<S>[];
}

export interface HistoryLimits<S> {
  maxEntries: number;
  maxWeight: number;
  /** Counted once per entry (for `before`: `after` mostly shares the next entry's arrays). */
  weight: (snapshot: S) => number;
}

export const emptyHistory = <S>(): History<S> => ({ past: [], future: [] });

/** Drops the oldest entries until both caps hold (the newest entry is always kept). */
function capped<S>(entries: HistoryEntry<S>[], limits: HistoryLimits<S>): HistoryEntry<S>[] {
  let total = 0;
  let keep = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    total += limits.weight(entries[i]!.before);
    if (keep > 0 && (keep >= limits.maxEntries || total > limits.maxWeight)) break;
    keep++;
  }
  return keep === entries.length ? entries : entries.slice(entries.length - keep);
}

/** Records an edit from `before` to `after`. A new edit clears the redo stack. */
export function record<S>(
  history: History<S>,
  label: string,
  before: S,
  after: S,
  limits: HistoryLimits<S>,
): History<S> {
  return { past: capped([...history.past, { label, before, after }], limits), future: [] };
}

export interface HistoryMove<S> {
  history: History<S>;
  restore: S;
  label: string;
}

/** The state to restore for Undo, and the history after it; null when there is nothing to undo. */
export function undo<S>(history: History<S>): HistoryMove<S> | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, entry] },
    restore: entry.before,
    label: entry.label,
  };
}

/** The state to restore for Redo, and the history after it; null when there is nothing to redo. */
export function redo<S>(history: History<S>): HistoryMove<S> | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return {
    history: { past: [...history.past, entry], future: history.future.slice(0, -1) },
    restore: entry.after,
    label: entry.label,
  };
}
