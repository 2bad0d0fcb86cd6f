import type { Op } from '../engine/types';

/** Short words for an op, as messages and history entries name it: "alloc 24 B align 8 reserved". */
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
