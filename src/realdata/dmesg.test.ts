import { describe, expect, it } from 'vitest';
import { parseDmesg } from './dmesg';
import type { EmbeddedRecord, GroupsRecord } from './dmesgTypes';
import {
  DMESG_10CPU_ALTERNATING,
  DMESG_24CPU,
  DMESG_24CPU_QUOTED_WRAPPED,
  DMESG_2636_EXAMPLE1,
  DMESG_3X_SYSLOG,
  DMESG_EMBEDDED_ONLY,
  DMESG_GARBAGE,
  DMESG_LOGLEVELS,
  DMESG_PAGE_CHUNK,
} from './samples/dmesgSamples';

// allocator.md Example 1: S 82880, R 8192, printed d 23616 (the rounded dyn), u 524288, A 2 MiB, 4 CPUs.
const EXAMPLE1_CONFIG = {
  staticSize: 82880,
  reservedSize: 8192,
  dynSize: 23616,
  atomSize: 2097152,
  cpus: 4,
  cpuToNode: [0, 0, 0, 0],
};

describe('parseDmesg: the Embedded line and dump of 2.6.36 and later kernels', () => {
  it('reads the 2.6.36 upper-case line with @address and timestamps', () => {
    const parsed = parseDmesg(DMESG_2636_EXAMPLE1);
    expect(parsed.problems).toEqual([]);
    expect(parsed.config).toEqual(EXAMPLE1_CONFIG);
    expect(parsed.lines.map((l) => [l.kind, l.line])).toEqual([
      ['embedded', 2],
      ['alloc-info', 3],
      ['groups', 4],
    ]);
    const embedded = parsed.lines[0] as EmbeddedRecord;
    expect(embedded).toMatchObject({ pages: 28, address: 'ffff880001e00000', unitSize: 524288 });
    expect(parsed.lines[1]).toMatchObject({ allocs: 1, atomSize: 2097152, unitSize: 524288 });
    expect((parsed.lines[2] as GroupsRecord).allocations).toEqual([{ group: 0, cpus: [0, 1, 2, 3] }]);
  });

  it('reads the lower-case (4.6+) line behind a syslog prefix', () => {
    const parsed = parseDmesg(DMESG_3X_SYSLOG);
    expect(parsed.problems).toEqual([]);
    expect(parsed.config).toEqual(EXAMPLE1_CONFIG);
    expect(parsed.lines[0]).toMatchObject({ kind: 'embedded', line: 2, address: 'ffff88003fc00000' });
  });

  it('reads lines behind printk levels (<6>, <7>)', () => {
    const parsed = parseDmesg(DMESG_LOGLEVELS);
    expect(parsed.problems).toEqual([]);
    expect(parsed.config).toEqual(EXAMPLE1_CONFIG);
  });

  it('reads the address-less Embedded line of newer kernels', () => {
    const parsed = parseDmesg('[    0.000000] percpu: Embedded 28 pages/cpu s82880 r8192 d23616 u524288');
    expect(parsed.lines[0]).toMatchObject({ kind: 'embedded', address: null, pages: 28, dynSize: 23616 });
  });

  it('says why cpus and nodes stay unset when the KERN_DEBUG dump is missing', () => {
    const parsed = parseDmesg(DMESG_EMBEDDED_ONLY);
    expect(parsed.config).toEqual({ staticSize: 82880, reservedSize: 8192, dynSize: 23616 });
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/no pcpu-alloc dump lines.*KERN_DEBUG/);
  });
});

describe('parseDmesg: dump lines', () => {
  it('reads the 24-CPU dump: zero-padded CPUs, "--" empty units, one allocation per line (Example 3d)', () => {
    const parsed = parseDmesg(DMESG_24CPU);
    expect(parsed.problems).toEqual([]);
    // 24 CPUs: group 0 = CPUs 0-11, group 1 = CPUs 12-23, read as nodes 0 and 1.
    expect(parsed.config.cpus).toBe(24);
    expect(parsed.config.cpuToNode).toEqual([...Array<number>(12).fill(0), ...Array<number>(12).fill(1)]);
    const groups = parsed.lines.filter((l): l is GroupsRecord => l.kind === 'groups');
    expect(groups[0]!.allocations).toEqual([
      { group: 0, cpus: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, null, null, null, null] },
    ]);
    expect(groups[1]!.allocations[0]!.cpus.slice(0, 2)).toEqual([12, 13]);
  });

  it('reads several allocations per line across lines and groups (Example 3c)', () => {
    const parsed = parseDmesg(DMESG_10CPU_ALTERNATING);
    expect(parsed.problems).toEqual([]);
    // Groups {0,2,4,6,8} and {1,3,5,7,9}: nodes alternate.
    expect(parsed.config.cpus).toBe(10);
    expect(parsed.config.cpuToNode).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    const groups = parsed.lines.filter((l): l is GroupsRecord => l.kind === 'groups');
    expect(groups.map((g) => g.allocations.length)).toEqual([4, 2]);
    expect(groups[0]!.allocations[2]).toEqual({ group: 0, cpus: [8, null] });
    expect(groups[0]!.allocations[3]).toEqual({ group: 1, cpus: [1, 3] });
  });

  it('joins quoted, wrapped lines back together and keeps their line numbers', () => {
    const parsed = parseDmesg(DMESG_24CPU_QUOTED_WRAPPED);
    expect(parsed.problems).toEqual([]);
    expect(parsed.config).toEqual(parseDmesg(DMESG_24CPU).config);
    expect(parsed.lines.map((l) => l.lines)).toEqual([
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect((parsed.lines[3] as GroupsRecord).allocations[0]!.cpus).toHaveLength(16);
  });

  it('reports a dump that skips CPUs instead of inventing them', () => {
    const parsed = parseDmesg('pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152\npcpu-alloc: [0] 0 1 3 - ');
    expect(parsed.config.cpus).toBeUndefined();
    expect(parsed.config.cpuToNode).toBeUndefined();
    expect(parsed.problems.join('\n')).toMatch(/skips CPU 2/);
  });

  it('reports allocations whose unit count disagrees with the header', () => {
    // u524288 of a 2 MiB allocation is 4 units per allocation; the line shows 3.
    const parsed = parseDmesg('pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152\npcpu-alloc: [0] 0 1 2 ');
    expect(parsed.problems).toContain('line 2: allocation [0] has 3 units, the header implies 4');
  });
});

describe('parseDmesg: odd input', () => {
  it('reports look-alikes with their line numbers and suggests nothing', () => {
    const parsed = parseDmesg(DMESG_GARBAGE);
    expect(parsed.config).toEqual({});
    expect(parsed.lines).toEqual([]);
    for (const line of [1, 2, 3, 4]) expect(parsed.problems.some((p) => p.startsWith(`line ${line}:`))).toBe(true);
    expect(parsed.problems.at(-1)).toMatch(/no percpu setup lines found/);
  });

  it('uses only the first boot of a log holding two', () => {
    const parsed = parseDmesg(`${DMESG_2636_EXAMPLE1}\n${DMESG_24CPU}`);
    expect(parsed.config).toEqual(EXAMPLE1_CONFIG);
    expect(parsed.problems).toEqual([
      "line 6: another boot's percpu setup starts here; only the first (from line 2) is used",
    ]);
  });

  it('flags s+r+d that does not fill the printed pages, naming the page size it implies', () => {
    // 82880 + 8192 + 23616 = 114688 = 7 pages of 16 KiB, not 7 pages of 4 KiB.
    const parsed = parseDmesg('PERCPU: Embedded 7 pages/cpu s82880 r8192 d23616 u524288');
    expect(parsed.problems[0]).toMatch(/means 16384-byte pages, not 4096/);
    expect(parsed.config.pageSize).toBeUndefined();
  });

  it('takes the page size when told, and checks the pages against it', () => {
    const parsed = parseDmesg('PERCPU: Embedded 7 pages/cpu s82880 r8192 d23616 u524288', { pageSize: 16384 });
    expect(parsed.config.pageSize).toBe(16384);
    expect(parsed.problems.filter((p) => p.includes('pages'))).toEqual([]);
  });

  it('reads the page first-chunk line, takes its page size, and warns that the model embeds', () => {
    const parsed = parseDmesg(DMESG_PAGE_CHUNK);
    expect(parsed.lines[0]).toMatchObject({ kind: 'page-chunk', pages: 28, pageSize: 4096, staticSize: 82880 });
    expect(parsed.config).toMatchObject({ pageSize: 4096, staticSize: 82880, atomSize: 4096, cpus: 4 });
    expect(parsed.problems.join('\n')).toMatch(/page first-chunk allocator/);
  });

  it('leaves out values the config cannot take, naming them', () => {
    // A 16 MiB static section is above the model's 8 MiB limit; atom 3000 is no power of two.
    const parsed = parseDmesg('pcpu-alloc: s16777216 r8192 d24576 u33554432 alloc=1*3000\npcpu-alloc: [0] 0 ');
    expect(parsed.config.staticSize).toBeUndefined();
    expect(parsed.config.atomSize).toBeUndefined();
    expect(parsed.config.reservedSize).toBe(8192);
    expect(parsed.problems.join('\n')).toMatch(/staticSize 16777216 is outside 1\.\.8388608/);
    expect(parsed.problems.join('\n')).toMatch(/atom size 3000 is not a power of two/);
  });

  it('reports an Embedded line that disagrees with the dump header', () => {
    const parsed = parseDmesg(
      'PERCPU: Embedded 28 pages/cpu s82880 r8192 d23616 u524288\npcpu-alloc: s82880 r0 d23616 u524288 alloc=1*2097152',
    );
    expect(parsed.problems).toContain('line 2: r0 disagrees with r8192 on line 1');
  });
});
