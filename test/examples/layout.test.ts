/**
 * allocator.md §11 Examples 1, 2, 3 and 10: boot-time sizes, upa choice, unit maps, the setup
 * log lines and the first-chunk structures. Every expected number is quoted from the spec.
 */
import { describe, expect, it } from 'vitest';
import { boot, chunkOf, config, lists, pages, row } from '../support/engine';

const MiB2 = 2097152;
/** Example 1's x86_64 defaults (S is the spec's illustrative distro static size). */
const x86_64 = { staticSize: 82880, reservedSize: 8192, dynSize: 20480, atomSize: MiB2 };

describe('Example 1: x86_64 defaults, 4 CPUs on one node', () => {
  const { state, dmesg, returnedBytes } = boot(config({ ...x86_64, cpus: 4 }));

  it('Example 1: dyn absorbs the page rounding slack (23616)', () => {
    expect(state.layout.dynSize).toBe(23616);
  });

  it('Example 1: upa 4 gives a 524288-byte unit and 19 slots', () => {
    expect(state.layout).toMatchObject({ upa: 4, unitSize: 524288, allocSize: MiB2, atomSize: MiB2, nrSlots: 19 });
    expect(state.layout.unitSize / 4096).toBe(128);
  });

  it('Example 1: one group, units in CPU order', () => {
    expect(state.layout.groups).toEqual([{ baseOffset: 0, nrUnits: 4, cpuMap: [0, 1, 2, 3] }]);
    expect(state.layout.unitMap).toEqual([0, 1, 2, 3]);
    expect(state.layout.unitOffsets).toEqual([0, 524288, 1048576, 1572864]);
  });

  it('Example 1: 1638400 bytes go back to bootmem', () => {
    expect(returnedBytes).toBe(1638400);
  });

  it('Example 1: setup log lines', () => {
    expect(dmesg).toEqual([
      'PERCPU: Embedded 28 pages/cpu s82880 r8192 d23616 u524288',
      'pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152',
      'pcpu-alloc: [0] 0 1 2 3 ',
    ]);
  });

  it('Example 1: reserved chunk 0 (slot 11, unlisted) and first chunk 1 (slot 12)', () => {
    expect(row(state, 0)).toEqual({ map: [-82880, 8192], free: 8192, contig: 8192, slot: 11 });
    expect(row(state, 1)).toEqual({ map: [-91072, 23616], free: 23616, contig: 23616, slot: 12 });
    expect(chunkOf(state, 0).role).toBe('reserved');
    expect(chunkOf(state, 1).role).toBe('first');
    expect(lists(state)).toEqual({ 12: [1] });
  });

  it('Example 1: both structures populated [0,128), post maps 128 entries in initdata', () => {
    for (const id of [0, 1]) {
      expect(pages(state, id)).toEqual([[0, 128]]);
      expect(chunkOf(state, id)).toMatchObject({ mapAlloc: 128, mapStorage: 'initdata' });
    }
  });

  it('Example 1 pre: same layout, first-chunk maps of 2 entries', () => {
    const pre = boot(config({ ...x86_64, cpus: 4, earlyAlloc: false }));
    expect(pre.state.layout).toEqual(state.layout);
    expect(pre.dmesg).toEqual(dmesg);
    for (const id of [0, 1]) expect(chunkOf(pre.state, id)).toMatchObject({ mapAlloc: 2, mapStorage: 'initdata' });
  });

  it('Example 1 32-bit variant: 4 MiB atom, no reserved region, unit 1048576', () => {
    const b = boot(config({ cpus: 4, staticSize: 33860, reservedSize: 0, dynSize: 20480, atomSize: 4194304 }));
    expect(b.state.layout).toMatchObject({ dynSize: 23484, unitSize: 1048576, upa: 4, nrSlots: 20 });
    expect(b.dmesg).toEqual([
      'PERCPU: Embedded 14 pages/cpu s33860 r0 d23484 u1048576',
      'pcpu-alloc: s33860 r0 d23484 u1048576 alloc=1*4194304',
      'pcpu-alloc: [0] 0 1 2 3 ',
    ]);
    expect(chunkOf(b.state, 0).role).toBe('first');
    expect(row(b.state, 0)).toMatchObject({ map: [-33860, 23484], slot: 12 });
  });
});

describe('Example 2: 8 CPUs on 2 nodes', () => {
  it('Example 2a: interleaved nodes form two groups of 4 placed back to back', () => {
    const { state, dmesg } = boot(config({ ...x86_64, cpus: 8, cpuToNode: [0, 1, 0, 1, 0, 1, 0, 1] }));
    expect(state.layout).toMatchObject({ upa: 4, unitSize: 524288, nrSlots: 19 });
    expect(state.layout.groups).toEqual([
      { baseOffset: 0, nrUnits: 4, cpuMap: [0, 2, 4, 6] },
      { baseOffset: MiB2, nrUnits: 4, cpuMap: [1, 3, 5, 7] },
    ]);
    expect(state.layout.unitMap).toEqual([0, 4, 1, 5, 2, 6, 3, 7]);
    expect(state.layout.unitOffsets).toEqual([0, 2097152, 524288, 2621440, 1048576, 3145728, 1572864, 3670016]);
    expect(dmesg[2]).toBe('pcpu-alloc: [0] 0 2 4 6 [1] 1 3 5 7 ');
    expect(dmesg).toHaveLength(3);
    expect(row(state, 0)).toEqual({ map: [-82880, 8192], free: 8192, contig: 8192, slot: 11 });
    expect(row(state, 1)).toEqual({ map: [-91072, 23616], free: 23616, contig: 23616, slot: 12 });
  });

  it('Example 2b: contiguous nodes keep the unit map in CPU order', () => {
    const { state, dmesg } = boot(config({ ...x86_64, cpus: 8, cpuToNode: [0, 0, 0, 0, 1, 1, 1, 1] }));
    expect(state.layout.unitMap).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(state.layout.unitOffsets).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((k) => k * 524288));
    expect(dmesg[2]).toBe('pcpu-alloc: [0] 0 1 2 3 [1] 4 5 6 7 ');
  });
});

describe('Example 3: the wastage rule', () => {
  it('Example 3a: 6 CPUs take upa 8 with two empty units', () => {
    const { state, dmesg, returnedBytes } = boot(config({ ...x86_64, cpus: 6 }));
    expect(state.layout).toMatchObject({ upa: 8, unitSize: 262144, nrSlots: 18 });
    expect(state.layout.groups).toEqual([{ baseOffset: 0, nrUnits: 8, cpuMap: [0, 1, 2, 3, 4, 5, null, null] }]);
    expect(dmesg[2]).toBe('pcpu-alloc: [0] 0 1 2 3 4 5 - - ');
    expect(returnedBytes).toBe(1409024);
  });

  it('Example 3b: 5 CPUs take upa 2, three allocations on one line', () => {
    const { state, dmesg } = boot(config({ ...x86_64, cpus: 5 }));
    expect(state.layout).toMatchObject({ upa: 2, unitSize: 1048576, nrSlots: 20 });
    expect(state.layout.groups[0]!.nrUnits).toBe(6);
    expect(dmesg.slice(2)).toEqual(['pcpu-alloc: [0] 0 1 [0] 2 3 [0] 4 - ']);
  });

  it('Example 3c: 10 CPUs on alternating nodes wrap after four allocations, counting across groups', () => {
    const cpuToNode = Array.from({ length: 10 }, (_, c) => c % 2);
    const { state, dmesg } = boot(config({ ...x86_64, cpus: 10, cpuToNode }));
    expect(state.layout).toMatchObject({ upa: 2, unitSize: 1048576 });
    expect(state.layout.groups.reduce((n, g) => n + g.nrUnits, 0)).toBe(12);
    expect(dmesg.slice(2)).toEqual([
      'pcpu-alloc: [0] 00 02 [0] 04 06 [0] 08 -- [1] 01 03 ',
      'pcpu-alloc: [1] 05 07 [1] 09 -- ',
    ]);
    expect(state.layout.unitMap).toEqual([0, 6, 1, 7, 2, 8, 3, 9, 4, 10]);
    expect(state.layout.groups[1]!.baseOffset).toBe(6291456);
  });

  it('Example 3d: 24 CPUs on 2 nodes accept upa 16 with exactly N/3 wasted', () => {
    const cpuToNode = Array.from({ length: 24 }, (_, c) => (c < 12 ? 0 : 1));
    const { state, dmesg } = boot(config({ ...x86_64, cpus: 24, cpuToNode }));
    expect(state.layout).toMatchObject({ upa: 16, unitSize: 131072, nrSlots: 17 });
    expect(state.layout.groups.reduce((n, g) => n + g.nrUnits, 0)).toBe(32);
    const cpus = (from: number) => Array.from({ length: 12 }, (_, i) => String(from + i).padStart(2, '0')).join(' ');
    expect(dmesg.slice(2)).toEqual([
      `pcpu-alloc: [0] ${cpus(0)} -- -- -- -- `,
      `pcpu-alloc: [1] ${cpus(12)} -- -- -- -- `,
    ]);
  });

  it('Example 3d: 64 CPUs on 4 nodes print one allocation per line', () => {
    const cpuToNode = Array.from({ length: 64 }, (_, c) => Math.floor(c / 16));
    const { state, dmesg } = boot(config({ ...x86_64, cpus: 64, cpuToNode }));
    expect(state.layout.upa).toBe(16);
    const lines = dmesg.slice(2);
    expect(lines).toHaveLength(4);
    lines.forEach((line, g) => {
      const cpus = Array.from({ length: 16 }, (_, i) => String(16 * g + i).padStart(2, '0')).join(' ');
      expect(line).toBe(`pcpu-alloc: [${g}] ${cpus} `);
    });
  });
});

describe('Example 8: the formats.md scenario, setup', () => {
  const { state, dmesg } = boot(
    config({ cpus: 4, cpuToNode: [0, 0, 1, 1], staticSize: 40960, reservedSize: 8192, dynSize: 20480, atomSize: MiB2 }),
  );

  it('Example 8: upa 2, unit 1048576, two groups, 20 slots', () => {
    expect(state.layout).toEqual({
      staticSize: 40960,
      reservedSize: 8192,
      dynSize: 20480,
      unitSize: 1048576,
      atomSize: MiB2,
      allocSize: MiB2,
      upa: 2,
      groups: [
        { baseOffset: 0, nrUnits: 2, cpuMap: [0, 1] },
        { baseOffset: MiB2, nrUnits: 2, cpuMap: [2, 3] },
      ],
      unitMap: [0, 1, 2, 3],
      unitOffsets: [0, 1048576, 2097152, 3145728],
      nrSlots: 20,
    });
  });

  it('Example 8: setup log and chunks', () => {
    expect(dmesg).toEqual([
      'PERCPU: Embedded 17 pages/cpu s40960 r8192 d20480 u1048576',
      'pcpu-alloc: s40960 r8192 d20480 u1048576 alloc=1*2097152',
      'pcpu-alloc: [0] 0 1 [1] 2 3 ',
    ]);
    expect(row(state, 0)).toEqual({ map: [-40960, 8192], free: 8192, contig: 8192, slot: 11 });
    expect(row(state, 1)).toMatchObject({ map: [-49152, 20480], slot: 12 });
    for (const id of [0, 1]) {
      expect(chunkOf(state, id)).toMatchObject({ mapAlloc: 128, mapStorage: 'initdata' });
      expect(pages(state, id)).toEqual([[0, 256]]);
    }
  });
});

describe('Example 10: pre-change with dynSize 0 (decision D-1)', () => {
  const cfg = { cpus: 4, staticSize: 40000, reservedSize: 8192, dynSize: 0, atomSize: MiB2 };

  it('Example 10 pre: the parent rounds dyn up to the page boundary (960)', () => {
    const { state, dmesg } = boot(config({ ...cfg, earlyAlloc: false }));
    expect(state.layout).toMatchObject({ dynSize: 960, unitSize: 524288 });
    expect(row(state, 0)).toMatchObject({ map: [-40000, 8192] });
    expect(chunkOf(state, 0).role).toBe('reserved');
    expect(row(state, 1)).toMatchObject({ map: [-48192, 960], slot: 7 });
    expect(chunkOf(state, 1).role).toBe('first');
    expect(dmesg[0]).toBe('PERCPU: Embedded 12 pages/cpu s40000 r8192 d960 u524288');
  });

  it('Example 10 post: dyn raised to earlySize, then rounded (13248)', () => {
    const { state, dmesg } = boot(config(cfg));
    expect(state.layout.dynSize).toBe(13248);
    expect(dmesg[0]).toBe('PERCPU: Embedded 15 pages/cpu s40000 r8192 d13248 u524288');
  });
});
