import type { Op } from '../engine/types';
import { opName, opWords } from '../scenario/describeOp';
import type { OpsChange } from './editTypes';
import { retarget, shiftRemap } from './remap';

/**
 * The four op-list edits. Each returns the new list and where every old op went; a free always
 * follows its alloc to its new index. These only keep free references consistent — the whole
 * scenario is checked against the schema by applyEdit.
 */

const inRange = (index: number, length: number) => Number.isInteger(index) && index >= 0 && index < length;

const refuse = (message: string): OpsChange => ({ ok: false, message });

/** Inserts `inserted` before position `index` (index = length appends). */
export function insertOps(ops: readonly Op[], index: number, inserted: readonly Op[], label?: string): OpsChange {
  if (!Number.isInteger(index) || index < 0 || index > ops.length)
    return refuse(`Insert refused: position ${index} is outside 0…${ops.length}.`);
  if (inserted.length === 0) return refuse('Insert refused: there is nothing to insert.');
  const remap = shiftRemap(ops.length, index, inserted.length);
  const shifted = retarget(ops, remap);
  const next = [...shifted.slice(0, index), ...inserted, ...shifted.slice(index)];
  const what = inserted.length === 1 ? opWords(inserted[0]!) : `${inserted.length} ops`;
  return {
    ok: true,
    ops: next,
    remap,
    focus: index + inserted.length - 1,
    notice: null,
    label: label ?? `insert ${what} at ops[${index}]`,
  };
}

/** Deletes op `index`; deleting an alloc also deletes the free that names it (and says so). */
export function deleteOp(ops: readonly Op[], index: number): OpsChange {
  if (!inRange(index, ops.length)) return refuse(`Delete refused: there is no ops[${index}].`);
  const target = ops[index]!;
  const doomed = new Set([index]);
  if (target.op === 'alloc') {
    for (let i = index + 1; i < ops.length; i++) {
      const op = ops[i]!;
      if (op.op === 'free' && op.alloc === index) doomed.add(i);
    }
  }
  const remap = new Int32Array(ops.length);
  const kept: Op[] = [];
  for (let i = 0; i < ops.length; i++) {
    if (doomed.has(i)) remap[i] = -1;
    else {
      remap[i] = kept.length;
      kept.push(ops[i]!);
    }
  }
  const frees = [...doomed].filter((i) => i !== index);
  const notice = frees.length
    ? `${frees.map((i) => opName(ops, i)).join(', ')} freed ${opName(ops, index)}, so ${frees.length === 1 ? 'it was' : 'they were'} deleted too.`
    : null;
  return { ok: true, ops: retarget(kept, remap), remap, focus: null, notice, label: `delete ${opName(ops, index)}` };
}

/** Puts a copy of op `index` right after it. (A copied free would free twice: the schema refuses it.) */
export function duplicateOp(ops: readonly Op[], index: number): OpsChange {
  if (!inRange(index, ops.length)) return refuse(`Duplicate refused: there is no ops[${index}].`);
  const change = insertOps(ops, index + 1, [{ ...ops[index]! }]);
  return change.ok ? { ...change, label: `duplicate ${opName(ops, index)}` } : change;
}

/** Swaps op `index` with its neighbour; refused when a free would run before the alloc it frees. */
export function moveOp(ops: readonly Op[], index: number, by: -1 | 1): OpsChange {
  const direction = by < 0 ? 'up' : 'down';
  if (!inRange(index, ops.length)) return refuse(`Move refused: there is no ops[${index}].`);
  const other = index + by;
  if (!inRange(other, ops.length))
    return refuse(`Move refused: ${opName(ops, index)} is already the ${by < 0 ? 'first' : 'last'} op.`);
  const lo = Math.min(index, other);
  const hi = lo + 1;
  const later = ops[hi]!;
  if (later.op === 'free' && later.alloc === lo)
    return refuse(
      `Move refused: ${opName(ops, hi)} would run before ${opName(ops, lo)}, the alloc it frees. ` +
        'Move the free further down first, or delete it.',
    );
  const remap = new Int32Array(ops.length);
  for (let i = 0; i < ops.length; i++) remap[i] = i;
  remap[lo] = hi;
  remap[hi] = lo;
  const swapped = [...ops];
  swapped[lo] = ops[hi]!;
  swapped[hi] = ops[lo]!;
  return {
    ok: true,
    ops: retarget(swapped, remap),
    remap,
    focus: other,
    notice: null,
    label: `move ${opName(ops, index)} ${direction}`,
  };
}
