import type { Op, Scenario } from '../engine/types';

/** The edits the op editor offers; indices are positions in the current op list. */
export type Edit =
  /** Frees among `ops` name positions in the resulting list. */
  | { kind: 'insert'; index: number; ops: readonly Op[]; label?: string }
  | { kind: 'delete'; index: number }
  | { kind: 'duplicate'; index: number }
  | { kind: 'move'; index: number; by: -1 | 1 };

/**
 * Where each old op went: remap[old] is its new index, or -1 when it was deleted. A separate
 * array (not a function) so callers can remap steps, selections and skip sets the same way.
 */
export type Remap = Int32Array;

export type OpsChange =
  | {
      ok: true;
      ops: Op[];
      remap: Remap;
      /** The op the user should see after the edit (the inserted, copied or moved op), or null. */
      focus: number | null;
      /** Something the user should know beyond the edit itself (e.g. frees deleted with their alloc). */
      notice: string | null;
      /** For the history: "delete ops[3] alloc 24 B align 8". */
      label: string;
    }
  | { ok: false; message: string };

export type EditResult =
  | { ok: true; scenario: Scenario; remap: Remap; focus: number | null; notice: string | null; label: string }
  | { ok: false; message: string };
