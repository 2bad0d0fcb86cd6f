import type { Op } from '../engine/types';

/**
 * An op in words, in the three wordings the app shows. One module, so that "alloc 24 B align 8"
 * is spelt the same way in the op list, the edit history, the comparison summary and elsewhere.
 * Labels are returned as plain text; React renders them as text.
 */

/** Short words, as edit messages and history entries name an op: "alloc 24 B align 8 reserved", "free #12", "slab-online", "mark". */
export function opWords(op: Op): string {
  switch (op.op) {
    case 'alloc':
      return `alloc ${op.size} B align ${op.align}${op.reserved ? ' reserved' : ''}`;
    case 'free':
      return `free #${op.alloc}`;
    case 'slab-online':
      return 'slab-online';
    case 'mark':
      return 'mark';
  }
}

/** The op with its index: "ops[3] alloc 24 B align 8". */
export const opName = (ops: readonly Op[], index: number): string =>
  `ops[${index}] ${ops[index] ? opWords(ops[index]) : '(none)'}`;

/** The short words of the stepper's op list, which reads slab online as words: "slab online". */
export function describeOp(op: Op): string {
  return op.op === 'slab-online' ? 'slab online' : opWords(op);
}

/** "alloc 24 bytes, align 8, reserved": the request in a sentence, as the narration and the quiz say it. */
export function requestWords(op: Op): string {
  switch (op.op) {
    case 'alloc':
      return `alloc ${op.size} bytes, align ${op.align}${op.reserved ? ', reserved' : ''}`;
    case 'free':
      return `free the allocation of op #${op.alloc}`;
    case 'slab-online':
      return 'slab comes online';
    case 'mark':
      return `mark “${op.label}”`;
  }
}
