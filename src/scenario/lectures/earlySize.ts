import type { Lecture } from '../lectureSchema';

/** For the early-size exhaustion preset: bytes, not map entries, run out first. */
export const earlySize: Lecture = {
  title: 'Early-size exhaustion',
  stops: [
    {
      step: 0,
      views: ['chunks', 'narration'],
      text:
        'Before [[slab]] is up, the [[first chunk]] is all there is: 23616 dynamic bytes in chunk 1. No new [[chunk]] ' +
        'can be made, because a chunk’s struct comes from kmalloc.',
    },
    {
      step: 6,
      views: ['chunks', 'narration', 'log'],
      focus: { chunk: 1 },
      text: 'Five page-sized buffers of 4096 bytes fit. The fifth lands at offset 107456 and leaves a 3136-byte free tail.',
    },
    {
      step: 7,
      views: ['chunks', 'narration', 'log'],
      text:
        'The sixth fits nowhere. pcpu_alloc tries to create a chunk; its struct needs `kmalloc(128)` and slab is not up: ' +
        '[[WARN_ON_ONCE]] fires and the request fails with “failed to allocate new chunk”.',
    },
    {
      step: 8,
      views: ['chunks', 'narration', 'log'],
      focus: { chunk: 1 },
      text: 'A 24-byte request still fits in the leftover 3136 bytes, at offset 111552: small early allocations keep working.',
    },
    {
      step: 11,
      views: ['chunks', 'narration', 'log'],
      focus: { chunk: 2 },
      text:
        'With slab online, the next page-sized request creates [[dynamic chunk|chunk 2]]: 524288 bytes per [[unit]] and ' +
        'a 16-entry map. It is served at offset 0, and only its first page is [[populated page|populated]].',
    },
  ],
};
