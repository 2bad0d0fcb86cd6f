import type { Lecture } from '../lectureSchema';

/** For the pre-change crash preset: why the parent of 2.6.36 cannot allocate before slab. */
export const preChange: Lecture = {
  title: 'Before the change: the first early allocation crashes',
  stops: [
    {
      step: 0,
      views: ['chunks', 'narration'],
      text: 'This is the allocator just before 2.6.36. The [[first chunk]]’s [[area map|maps]] are static **2-entry** arrays.',
    },
    {
      step: 3,
      views: ['chunks', 'narration', 'log'],
      focus: { chunk: 1 },
      text:
        'SLUB’s first request (24 bytes) needs 2 more [[map entry|map entries]], so the map must grow to 16 entries ' +
        'with `kzalloc(64)`. But [[slab]] does not exist yet: the kernel crashes, and the boot ends here.',
    },
  ],
};
