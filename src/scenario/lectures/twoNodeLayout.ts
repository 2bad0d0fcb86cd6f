import type { Lecture } from '../lectureSchema';

/** For the two-node server preset: groups, units and offsets. */
export const twoNodeLayout: Lecture = {
  title: 'The two-node layout',
  stops: [
    {
      step: 0,
      views: ['units', 'narration'],
      text:
        '64 CPUs on 2 nodes form 2 [[group|groups]] of 32 CPUs. Each CPU gets a 131072-byte [[unit]], and 16 units share ' +
        'one 2097152-byte allocation ([[upa]] 16, one [[atom]]).',
    },
    {
      step: 0,
      views: ['units', 'narration'],
      text: 'Group 1 starts at 4194304 in the unit address space: the first 32 units belong to node 0, the next 32 to node 1.',
    },
    {
      step: 3,
      views: ['units', 'chunks', 'narration'],
      focus: { alloc: 2 },
      text:
        'An allocation is one offset for every CPU: the 24-byte `kmem_cache_cpu` at offset 91072 exists in all 64 units, ' +
        'each at its own unit’s base plus 91072.',
    },
    {
      step: 33,
      views: ['units', 'chunks', 'narration'],
      focus: { alloc: 32 },
      text: '`sched_init` asks for nr_cpu_ids × 8 = 512 bytes per CPU, placed at offset 91744 in every unit.',
    },
  ],
};
