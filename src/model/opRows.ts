import type { Op } from '../engine/types';
import { slabOnlineOp } from './slabOnline';

/** One row of the boot timeline: a section heading, the setup (step 0) or an op. */
export type OpRow = { kind: 'section'; title: string } | { kind: 'setup' } | { kind: 'op'; index: number };

/**
 * The timeline's rows: setup, the ops before slab-online, then slab-online and the ops after it.
 * Also where each op's row is, so the current step can be found without a search.
 */
export function buildOpRows(ops: readonly Op[]): { rows: OpRow[]; rowOfOp: Int32Array } {
  const slab = slabOnlineOp(ops) ?? -1;
  const rows: OpRow[] = [{ kind: 'setup' }];
  const rowOfOp = new Int32Array(ops.length);
  const section = (title: string) => rows.push({ kind: 'section', title });
  // A scenario that starts with slab-online has nothing before slab: no empty heading.
  if (slab !== 0) section(slab < 0 ? 'Before slab (slab never comes online)' : 'Before slab');
  for (let i = 0; i < ops.length; i++) {
    if (i === slab) section('After slab');
    rowOfOp[i] = rows.length;
    rows.push({ kind: 'op', index: i });
  }
  return { rows, rowOfOp };
}
