/**
 * Era-aware setup (engine/era.ts) with worked numbers. Each expectation is computed by hand
 * from pcpu_build_alloc_info's rules (allocator.md §4) with the era's constants:
 *   size_sum = PFN_ALIGN(S + R + max(D, EARLY_SIZE)), d = size_sum - S - R,
 *   min_unit = max(size_sum, PCPU_MIN_UNIT_SIZE), alloc = roundup(min_unit, atom).
 */
import { describe, expect, it } from 'vitest';
import { eraConstants, eraForVersion, eraModelNote, maxRequestSize } from '../../src/engine/era';
import { boot, config, run, alloc } from '../support/engine';

const MiB2 = 2097152;
const example1 = { staticSize: 82880, reservedSize: 8192, atomSize: MiB2, cpus: 4 };

describe('the era table', () => {
  it('has the constants each release introduced', () => {
    expect(eraConstants(undefined)).toMatchObject({ era: '2.6.36', minUnitSize: 65536, earlySize: 12288 });
    expect(eraConstants('2.6.37')).toMatchObject({ minUnitSize: 32768, upPercpu: true });
    expect(eraConstants('3.18').dynamicReserve).toEqual({ 64: 28672, 32: 20480 });
    expect(eraConstants('2.6.36').dynamicReserve).toEqual({ 64: 20480, 32: 12288 });
    expect(eraConstants('4.14')).toMatchObject({ earlySlotsUsed: false, areaMap: false, earlySize: 12288 });
    expect(eraConstants('6.2')).toMatchObject({ earlySize: 20480 });
  });

  it('maps a release to the latest era at or before it', () => {
    expect(eraForVersion(2, 6, 32)).toBe('2.6.36');
    expect(eraForVersion(2, 6, 37)).toBe('2.6.37');
    expect(eraForVersion(3, 17)).toBe('2.6.37');
    expect(eraForVersion(3, 18)).toBe('3.18');
    expect(eraForVersion(4, 13)).toBe('3.18');
    expect(eraForVersion(5, 15)).toBe('4.14');
    expect(eraForVersion(6, 1)).toBe('4.14');
    expect(eraForVersion(6, 2)).toBe('6.2');
    expect(eraForVersion(6, 16)).toBe('6.2');
  });

  it('says in one line that later allocations use 2.6.36 rules, and only for later eras', () => {
    expect(eraModelNote({})).toBeNull();
    expect(eraModelNote({ era: '2.6.36' })).toBeNull();
    expect(eraModelNote({ era: '6.2' })).toMatch(/bitmap allocator.*2\.6\.36 would have done/);
  });
});

describe('PCPU_MIN_UNIT_SIZE: 64 KiB in 2.6.36, 32 KiB from 2.6.37', () => {
  // An ARM board: S 7296 + R 8192 + max(12288, 12288) = 27776 -> 28672 (7 pages), d 13184.
  const arm = { staticSize: 7296, reservedSize: 8192, dynSize: 12288, atomSize: 4096, cpus: 2 };

  it('2.6.36: the unit is the 64 KiB minimum (16 pages of atoms)', () => {
    expect(boot(config(arm)).dmesg).toEqual([
      'PERCPU: Embedded 7 pages/cpu s7296 r8192 d13184 u65536',
      'pcpu-alloc: s7296 r8192 d13184 u65536 alloc=16*4096',
      'pcpu-alloc: [0] 0 [0] 1 ',
    ]);
  });

  it('2.6.37: the unit is 32768, alloc=8*4096', () => {
    const { dmesg, state } = boot(config({ ...arm, era: '2.6.37' }));
    expect(dmesg).toEqual([
      'PERCPU: Embedded 7 pages/cpu s7296 r8192 d13184 u32768',
      'pcpu-alloc: s7296 r8192 d13184 u32768 alloc=8*4096',
      'pcpu-alloc: [0] 0 [0] 1 ',
    ]);
    // nr_slots = __pcpu_size_to_slot(32768) + 2 = fls(32768) - 3 + 2 = 15.
    expect(state.layout).toMatchObject({ unitSize: 32768, upa: 1, nrSlots: 15 });
  });

  it('is the largest legal request of the era', () => {
    expect(maxRequestSize({ era: '2.6.37' })).toBe(32768);
    const later = run(config({ ...arm, era: '2.6.37' }), [alloc(32769, 8), alloc(32768, 8)]);
    expect(later.outcomes[0]).toMatchObject({ ok: false, error: 'illegal size or align' });
    expect(later.outcomes[0]!.dmesg[1]).toBe('illegal size (32769) or align (8) for percpu allocation');
    expect(later.outcomes[1]!.error).not.toBe('illegal size or align');
    const old = run(config(arm), [alloc(32769, 8)]);
    expect(old.outcomes[0]!.error).not.toBe('illegal size or align');
  });
});

describe('PERCPU_DYNAMIC_RESERVE 28 KiB (3.18) and PERCPU_DYNAMIC_EARLY_SIZE 20 KiB (6.2)', () => {
  it('3.18, x86_64 (D 28672): 82880 + 8192 + 28672 = 119744 -> 30 pages, d 31808, u524288', () => {
    expect(boot(config({ ...example1, dynSize: 28672, era: '3.18' })).dmesg).toEqual([
      'PERCPU: Embedded 30 pages/cpu s82880 r8192 d31808 u524288',
      'pcpu-alloc: s82880 r8192 d31808 u524288 alloc=1*2097152',
      'pcpu-alloc: [0] 0 1 2 3 ',
    ]);
  });

  it('6.2: a dynamic request below 20 KiB is raised to EARLY_SIZE (8192 -> 20480: d 23616)', () => {
    const { dmesg } = boot(config({ ...example1, dynSize: 8192, earlySize: 20480, era: '6.2' }));
    expect(dmesg[0]).toBe('percpu: Embedded 28 pages/cpu s82880 r8192 d23616 u524288');
  });
});

describe('the page first chunk (pcpu_page_first_chunk)', () => {
  it('2.6.36: dyn 0 raised to EARLY_SIZE: 103360 -> 26 pages, d 15424, one unit of 26 pages per CPU', () => {
    const { dmesg, state, returnedBytes } = boot(config({ ...example1, firstChunk: 'page', cpuToNode: [0, 0, 1, 1] }));
    expect(dmesg).toEqual([
      'PERCPU: 26 4K pages/cpu s82880 r8192 d15424',
      'pcpu-alloc: s82880 r8192 d15424 u106496 alloc=26*4096',
      'pcpu-alloc: [0] 0 [0] 1 [0] 2 [0] 3 ',
    ]);
    // No distance function: the two nodes share group 0; units back to back in the vm area.
    expect(state.layout.groups).toEqual([{ baseOffset: 0, nrUnits: 4, cpuMap: [0, 1, 2, 3] }]);
    expect(state.layout.unitOffsets).toEqual([0, 106496, 212992, 319488]);
    expect(state.layout).toMatchObject({ atomSize: 4096, upa: 1 });
    expect(returnedBytes).toBe(0);
  });

  it('6.2: EARLY_SIZE 20 KiB gives 28 pages, d 23616, in the lower-case wording', () => {
    expect(boot(config({ ...example1, firstChunk: 'page', era: '6.2', earlySize: 20480 })).dmesg).toEqual([
      'percpu: 28 4K pages/cpu s82880 r8192 d23616',
      'pcpu-alloc: s82880 r8192 d23616 u114688 alloc=28*4096',
      'pcpu-alloc: [0] 0 [0] 1 [0] 2 [0] 3 ',
    ]);
  });

  it('the ops after setup run the same allocator on the page-built chunk', () => {
    const r = run(config({ ...example1, firstChunk: 'page' }), [alloc(64, 8)]);
    // The dynamic first chunk starts after S + R = 91072.
    expect(r.outcomes[0]).toMatchObject({ ok: true, chunk: 1, offset: 91072 });
  });
});

describe('uniprocessor kernels (2.6.37 and later)', () => {
  it('one unit of roundup_pow_of_two(max(32768, D)) bytes, no static or reserved area, no Embedded line', () => {
    const { dmesg, state } = boot(config({ up: true, era: '2.6.37', cpus: 1, dynSize: 12288 }));
    expect(dmesg).toEqual(['pcpu-alloc: s0 r0 d32768 u32768 alloc=1*32768', 'pcpu-alloc: [0] 0 ']);
    expect(state.reservedChunkId).toBeNull();
    expect(state.chunks).toHaveLength(1);
    expect(state.chunks[0]).toMatchObject({ role: 'first', freeSize: 32768, contigHint: 32768 });
  });

  it('allocates from offset 0 of the one unit', () => {
    const r = run(config({ up: true, era: '6.2', cpus: 1, dynSize: 28672 }), [alloc(16, 8), alloc(8, 8)]);
    expect(r.outcomes.map((o) => [o.chunk, o.offset])).toEqual([
      [0, 0],
      [0, 16],
    ]);
  });
});

describe('the failure line in each era', () => {
  // R 8192: a 16384-byte reserved request cannot fit.
  const ops = [alloc(16384, 16, { reserved: true })];
  it.each([
    [undefined, 'PERCPU: allocation failed, size=16384 align=16, alloc from reserved chunk failed'],
    ['2.6.37', 'PERCPU: allocation failed, size=16384 align=16, alloc from reserved chunk failed'],
    ['3.18', 'PERCPU: allocation failed, size=16384 align=16 atomic=0, alloc from reserved chunk failed'],
    ['6.2', 'percpu: allocation failed, size=16384 align=16 atomic=0, alloc from reserved chunk failed'],
  ] as const)('era %s', (era, line) => {
    const r = run(config({ ...example1, dynSize: 20480, ...(era && { era }) }), ops);
    expect(r.outcomes[0]!.dmesg).toEqual([line]);
  });
});
