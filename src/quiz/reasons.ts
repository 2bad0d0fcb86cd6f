import type { FailureReason } from '../engine/types';

/** Every reason pcpu_alloc can give (engine FailureReason), phrased for a student. */
export const REASON_TEXT: Record<FailureReason, string> = {
  'illegal size or align': 'The request itself is illegal: size 0, more than 64 KiB, or align above the page size',
  'alloc from reserved chunk failed': 'The reserved chunk has no free area big enough',
  'failed to extend area map of reserved chunk': "The reserved chunk's area map is full and cannot grow",
  'failed to extend area map': 'A chunk has room, but its area map is full and cannot grow (kmalloc not usable yet)',
  'failed to allocate new chunk': 'No chunk can serve it and a new chunk cannot be created',
  'failed to populate': 'The pages for it cannot be populated (no memory)',
  'kernel crash': 'The kernel crashes (the old code calls kmalloc before slab is up)',
};

export const FAILURE_REASONS = Object.keys(REASON_TEXT) as FailureReason[];
