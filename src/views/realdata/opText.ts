import type { Op } from '../../engine/types';

/** One op in words for the preview table; labels come from the trace and are shown as text. */
export function opText(op: Op): string {
  switch (op.op) {
    case 'alloc':
      return `alloc ${op.size} bytes, align ${op.align}${op.reserved ? ', reserved' : ''}${op.label ? ` — ${op.label}` : ''}`;
    case 'free':
      return `free the allocation of op #${op.alloc}`;
    case 'slab-online':
      return 'slab comes online';
    case 'mark':
      return `mark: ${op.label}`;
  }
}
