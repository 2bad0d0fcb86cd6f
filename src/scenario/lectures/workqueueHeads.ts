import type { Lecture } from '../lectureSchema';

/** For the workqueue alignment preset: alignment leaves free heads that small requests refill. */
export const workqueueHeads: Lecture = {
  title: 'Workqueue alignment heads',
  stops: [
    {
      step: 0,
      views: ['chunks', 'narration'],
      text: 'Chunk 1’s free space starts at offset 91072. A `cpu_workqueue_struct` is 112 bytes and must be aligned to 256.',
    },
    {
      step: 4,
      views: ['chunks', 'narration'],
      focus: { chunk: 1, from: 90880, to: 91904 },
      text: '91072 rounded up to a multiple of 256 is 91136: the allocation leaves a **64-byte free head** in front of it.',
    },
    {
      step: 5,
      views: ['chunks', 'narration'],
      focus: { chunk: 1, from: 90880, to: 91904 },
      text: 'The 4-byte counter that comes next falls into that head by first fit, at 91072, leaving 60 bytes free there.',
    },
    {
      step: 6,
      views: ['chunks', 'narration'],
      focus: { chunk: 1, from: 90880, to: 91904 },
      text: 'The next workqueue struct leaves a 144-byte head: 91248 rounded up to a multiple of 256 is 91392.',
    },
    {
      step: 17,
      views: ['chunks', 'narration'],
      focus: { chunk: 1, from: 90880, to: 92160 },
      text:
        'Freeing op #7 merged its 112 bytes with the heads around it into a 320-byte hole. The last workqueue struct ' +
        'is placed there, at 91648, again behind a 64-byte head.',
    },
  ],
};
