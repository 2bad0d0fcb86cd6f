import type { Lecture } from '../lectureSchema';

/** For the early-slot exhaustion preset: what 2.6.36 changed, and where it still stops. */
export const the2636Change: Lecture = {
  title: 'The 2.6.36 change',
  stops: [
    {
      step: 0,
      views: ['chunks', 'narration'],
      text:
        'Before 2.6.36 the first chunk’s [[area map|area maps]] were tiny static arrays, and growing one needed [[slab]]: ' +
        'SLUB’s very first early allocation crashed the boot (open the preset “Pre-change kernel” to watch it). ' +
        'The change gives the first chunk **128-entry** maps in [[__initdata]]. Here [[first chunk|chunk 1]] has 23616 bytes free.',
    },
    {
      step: 126,
      views: ['chunks', 'narration', 'log'],
      focus: { chunk: 1 },
      text:
        'Each 8-byte counter splits one more [[map entry]] off chunk 1’s free tail. After counter 125 the map holds ' +
        '**127 of 128** entries, while 22616 bytes are still free: the entries run out long before the bytes.',
    },
    {
      step: 127,
      views: ['chunks', 'narration', 'log'],
      focus: { chunk: 1 },
      text:
        'The next split needs 2 more entries, so the map must grow to 256 entries with `kmalloc(1024)`. Slab is not up: ' +
        '[[WARN_ON_ONCE]] fires once, [[pcpu_mem_alloc]] returns NULL and the allocation fails with ' +
        '“failed to extend area map”. Every early request after it fails the same way.',
    },
    {
      step: 142,
      views: ['chunks', 'narration', 'log'],
      text:
        'Slab comes online. [[percpu_init_late]] copies both 128-entry maps (512 bytes each) out of [[__initdata]] ' +
        'into kmalloc memory; their capacity stays 128 entries.',
    },
    {
      step: 143,
      views: ['chunks', 'narration', 'log'],
      focus: { chunk: 1 },
      text:
        'The same request now succeeds: chunk 1’s map grows from 128 to 256 entries in kmalloc memory, and the ' +
        'counter lands at offset 92072.',
    },
  ],
};
