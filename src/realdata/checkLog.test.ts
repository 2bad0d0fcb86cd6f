/**
 * The boot-log checker on lines formatted from the kernel's own format strings (printk.ts)
 * and on hand-made pastes of every shape people send. The numbers are worked out in each
 * comment (allocator.md §4 with the era's constants, engine/era.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/schema';
import { checkBootLog } from './checkLog';
import {
  LOG_2636_SAYS_32K,
  LOG_2_6_32,
  LOG_3_2_X86_32,
  LOG_4_19_CUT,
  LOG_5_15_JOURNAL,
  LOG_6_8_NO_DUMP,
  LOG_FAILURES,
  LOG_PAGE_MODERN,
  LOG_QP_24CPU,
  LOG_UP,
} from './samples/eraSamples';
import { dumpLine, FMT, printk } from './samples/printk';

/*
 * allocator.md Example 1 (S 82880, R 8192, D 20480, 2 MiB atoms, 4 CPUs on one node):
 * 82880 + 8192 + 20480 = 111552 -> 114688 = 28 pages, d 23616; 2 MiB / 114688 -> upa 4, u 524288.
 */
const EXAMPLE1 = [
  printk(FMT.embedded2636, 28, 'ffff880001e00000', 82880, 8192, 23616, 524288),
  printk(FMT.header, 82880, 8192, 23616, 524288, 1, 2097152),
  dumpLine(1, 1, [[0, [0, 1, 2, 3]]]),
];
const plain = EXAMPLE1.join('\n');

const statuses = (text: string) => checkBootLog(text).lines.map((l) => [l.line, l.status]);

describe('a log of the 2.6.36 wording', () => {
  it('matches with the first era whose constants reproduce it, and names the others', () => {
    const check = checkBootLog(plain);
    expect(check.verdict).toBe('match');
    // "PERCPU:" with a raw address fits 2.6.32 to 4.5. 3.18's 64-bit reserve (28 KiB) would
    // print d31808, so the newest fit is 2.6.37 (PERCPU_DYNAMIC_RESERVE 20 KiB).
    expect(check.era).toBe('2.6.37');
    expect(check.config).toMatchObject({
      era: '2.6.37',
      staticSize: 82880,
      reservedSize: 8192,
      dynSize: 20480,
      cpus: 4,
    });
    expect(check.notes.join('\n')).toMatch(/2\.6\.37, 2\.6\.36, before 2\.6\.36 all reproduce it/);
    expect(check.lines.map((l) => l.model)).toEqual([
      'PERCPU: Embedded 28 pages/cpu s82880 r8192 d23616 u524288',
      'pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152',
      'pcpu-alloc: [0] 0 1 2 3 ',
    ]);
  });

  it('takes the era from a version line when there is one', () => {
    const check = checkBootLog(`Linux version 2.6.36-rc1 (me@box) (gcc 4.4) #1 SMP x86_64\n${plain}`);
    expect(check.era).toBe('2.6.36');
    expect(check.config).not.toHaveProperty('era');
    expect(check.verdict).toBe('match');
  });

  it('the config it gives loads as a version-2 scenario', () => {
    const config = checkBootLog(LOG_5_15_JOURNAL).config;
    expect(parseScenario({ format: 'percpu-scenario', version: 2, config, ops: [] }).ok).toBe(true);
  });
});

describe('pastes of every shape read the same', () => {
  const prefixed = (prefix: string) => EXAMPLE1.map((l) => prefix + l).join('\n');
  const expected = checkBootLog(plain);
  it.each([
    ['printk timestamps', prefixed('[    0.000000] ')],
    ['printk levels', prefixed('<6>[    0.000000] ')],
    ['syslog', prefixed('Nov 26 12:00:00 host kernel: ')],
    ['journalctl short-iso', prefixed('2024-06-30T05:29:39+0200 host kernel: ')],
    ['journalctl short-monotonic', prefixed('[    0.000000] host kernel: ')],
    ['dmesg -T', prefixed('[Mon Jun 30 05:29:39 2024] ')],
    ['dmesg -x', prefixed('kern  :info  : [    0.000000] ')],
    ['mail quoting', prefixed('> > ')],
    ['CRLF line ends', EXAMPLE1.join('\r\n')],
    ['no-break spaces', EXAMPLE1.map((l) => l.replace(/ /g, '\u00a0')).join('\n')],
  ])('%s', (_name, text) => {
    const check = checkBootLog(text);
    expect(check.verdict).toBe('match');
    expect(check.config).toEqual(expected.config);
  });

  it('joins lines a mail client wrapped, and keeps their line numbers', () => {
    const wrapped = [
      '> PERCPU: Embedded 28 pages/cpu @ffff880001e00000 s82880 r8192',
      '> d23616 u524288',
      '> pcpu-alloc: s82880 r8192 d23616 u524288',
      '> alloc=1*2097152',
      '> pcpu-alloc: [0] 0 1',
      '> 2 3 ',
    ].join('\n');
    expect(statuses(wrapped)).toEqual([
      [1, 'match'],
      [3, 'match'],
      [5, 'match'],
    ]);
  });

  it('decodes quoted-printable first: a number cut by a soft break is joined', () => {
    const check = checkBootLog(LOG_QP_24CPU);
    expect(check.verdict).toBe('match');
    expect(check.config).toMatchObject({ dynSize: 20480, cpus: 24 });
    expect(check.lines[0]!.text).toContain('d23616 u131072');
    expect(check.notes[0]).toMatch(/quoted-printable/);
  });

  it('never misreads a number cut by a hard wrap: the line is unreadable and blocks a match', () => {
    const cut = plain.replace('d23616', 'd2\n3616');
    const check = checkBootLog(cut);
    expect(check.verdict).not.toBe('match');
    expect(check.lines[0]).toMatchObject({ line: 1, status: 'unreadable' });
    expect(check.missing).toContain('line 1 could not be read');
  });

  it('reads =C2=A0 and =20 as spaces', () => {
    const qp = `${EXAMPLE1[0]!.replace(/ /g, '=C2=A0')}\n${EXAMPLE1[1]!.replace('alloc=', 'alloc=3D')}\n${EXAMPLE1[2]!.trimEnd()}=20`;
    const check = checkBootLog(qp);
    expect(check.verdict).toBe('match');
  });
});

describe('address forms, CPU padding and empty units', () => {
  // 4.19 (era 4.14): 180224 + 8192 + 28672 = 217088 = 53 pages; 8 CPUs: 2 MiB / 217088 -> upa 8, u 262144.
  const lines = (address: string) =>
    [
      printk(FMT.embedded46, 53, address, 180224, 8192, 28672, 262144),
      printk(FMT.header, 180224, 8192, 28672, 262144, 1, 2097152),
      dumpLine(1, 1, [[0, [0, 1, 2, 3, 4, 5, 6, 7]]]),
    ].join('\n');

  it.each(['(____ptrval____)', '        (ptrval)'])('@%s is 4.15 to 5.1', (address) => {
    const check = checkBootLog(lines(address));
    expect(check).toMatchObject({ verdict: 'match', era: '4.14' });
    expect(check.notes.join('\n')).toMatch(/hashed @\(ptrval\) \(4\.15 to 5\.1\)/);
  });

  it('no address is 5.2 or later', () => {
    const text = [
      printk(FMT.embedded52, 53, 180224, 8192, 28672, 262144),
      printk(FMT.header, 180224, 8192, 28672, 262144, 1, 2097152),
      dumpLine(1, 1, [[0, [0, 1, 2, 3, 4, 5, 6, 7]]]),
    ].join('\n');
    // 6.2's 20 KiB EARLY_SIZE is below the 28 KiB request, so 4.14 and 6.2 both reproduce it.
    expect(checkBootLog(text)).toMatchObject({ verdict: 'match', era: '6.2' });
  });

  it('reads 2- and 3-digit CPU numbers and -- empty units (Example 3(d), 24 CPUs)', () => {
    const check = checkBootLog(LOG_QP_24CPU);
    expect(check.config!.cpuToNode).toEqual([...Array<number>(12).fill(0), ...Array<number>(12).fill(1)]);
  });
});

describe('logs of other eras', () => {
  it('5.15 from journalctl: era 4.14, D = the 64-bit 28 KiB reserve', () => {
    const check = checkBootLog(LOG_5_15_JOURNAL);
    expect(check).toMatchObject({ verdict: 'match', era: '4.14' });
    expect(check.config).toMatchObject({ era: '4.14', dynSize: 28672, cpus: 8, earlySize: 12288 });
    expect(check.notes.some((n) => n.startsWith('First chunk built with 4.14'))).toBe(true);
  });

  it('6.8 without the KERN_DEBUG dump: partial, CPUs from nr_cpu_ids, the missing dump named', () => {
    const check = checkBootLog(LOG_6_8_NO_DUMP);
    expect(check).toMatchObject({ verdict: 'partial', era: '6.2' });
    expect(check.config).toMatchObject({ cpus: 4, dynSize: 114688, earlySize: 20480, atomSize: 2097152 });
    expect(check.missing[0]).toMatch(/^the pcpu-alloc dump/);
    expect(check.notes.join('\n')).toMatch(/atom 2097152 assumed/);
  });

  it('2.6.32: before early allocation, D 20480 not raised to EARLY_SIZE', () => {
    const check = checkBootLog(LOG_2_6_32);
    expect(check).toMatchObject({ verdict: 'match', era: 'before 2.6.36' });
    expect(check.config).toMatchObject({ earlyAlloc: false, dynSize: 20480, cpus: 16 });
  });

  it("x86-32 (3.2 686-pae): the 12 KiB 32-bit reserve, and r0 explained as x86-32's first-chunk reserve", () => {
    const check = checkBootLog(LOG_3_2_X86_32);
    expect(check).toMatchObject({ verdict: 'match', era: '2.6.37' });
    expect(check.config).toMatchObject({ dynSize: 12288, reservedSize: 0 });
    expect(check.notes.join('\n')).toMatch(
      /r0: x86-32 reserves no first-chunk module area \(PERCPU_FIRST_CHUNK_RESERVE/,
    );
  });

  it('a UP kernel: s0 r0, one 32 KiB unit', () => {
    const check = checkBootLog(LOG_UP);
    expect(check).toMatchObject({ verdict: 'match', era: '4.14' });
    expect(check.config).toMatchObject({ up: true, cpus: 1, era: '4.14' });
  });

  it('the page first chunk of a 5.2+ kernel: only 6.2 reproduces d23616', () => {
    const check = checkBootLog(LOG_PAGE_MODERN);
    expect(check).toMatchObject({ verdict: 'match', era: '6.2' });
    expect(check.config).toMatchObject({ firstChunk: 'page', earlySize: 20480 });
    expect(check.lines[0]!.model).toBe('percpu: 28 4K pages/cpu s82880 r8192 d23616');
  });

  it('the page first chunk in 2.6.36 wording', () => {
    // 2.6.36: dyn 0 raised to 12 KiB: 82880 + 8192 + 12288 = 103360 -> 26 pages, d 15424, u106496.
    const text = [
      printk(FMT.page2636, 26, '4K', 'ffffc90000000000', 82880, 8192, 15424),
      printk(FMT.header, 82880, 8192, 15424, 106496, 26, 4096),
      dumpLine(1, 1, [
        [0, [0]],
        [0, [1]],
      ]),
    ].join('\n');
    expect(checkBootLog(`Linux version 2.6.36 (a@b) #1 SMP\n${text}`)).toMatchObject({
      verdict: 'match',
      era: '2.6.36',
    });
  });
});

describe('verdicts that are not a match', () => {
  it('differs: a 32 KiB unit under a 2.6.36 version line, with the number and the reason', () => {
    const check = checkBootLog(LOG_2636_SAYS_32K);
    expect(check.verdict).toBe('differs');
    const embedded = check.lines.find((l) => l.line === 2)!;
    expect(embedded.status).toBe('differs');
    expect(embedded.reason).toMatch(/^u: log 32768, model 65536: .*in 2\.6\.36 no unit is below 64 KiB/);
  });

  it('partial: a paste cut off after the header, with nr_cpu_ids known', () => {
    const check = checkBootLog(LOG_4_19_CUT);
    expect(check.verdict).toBe('partial');
    expect(check.missing).toEqual([
      'the pcpu-alloc group lines: the paste ends right after the pcpu-alloc header (cut off)',
    ]);
  });

  it('partial: the dump stops before nr_cpu_ids CPUs', () => {
    // Example 3(d)'s 24 CPUs, second dump line cut off. The first 12 CPUs alone would give the
    // same lines (upa 16 wastes 4 <= 12/3), so only nr_cpu_ids tells the paste is cut.
    const cut = LOG_QP_24CPU.split('\n').slice(0, -1).join('\n');
    expect(checkBootLog(cut).verdict).toBe('match');
    const check = checkBootLog(`${printk(FMT.setupPercpu, 64, 64, 24, 2)}\n${cut}`);
    expect(check.verdict).toBe('partial');
    expect(check.missing).toContain('the dump lists 12 CPUs but line 1 says nr_cpu_ids 24: the paste is cut off');
  });

  it('partial: a dump cut off before nr_cpu_ids CPUs, its padding set by the CPUs not shown', () => {
    // 40 CPUs on 10 nodes of 4: upa 4 (u524288), numbers padded to 2 digits, groups too
    // ("[00]"); width 4*3+2+3 = 17 -> 2 allocations a line, 5 lines. The paste keeps 2.
    const lines = [
      printk(FMT.setupPercpu, 64, 64, 40, 10),
      printk(FMT.embedded2636, 28, 'ffff880001e00000', 82880, 8192, 23616, 524288),
      printk(FMT.header, 82880, 8192, 23616, 524288, 1, 2097152),
      dumpLine(2, 2, [
        [0, [0, 1, 2, 3]],
        [1, [4, 5, 6, 7]],
      ]),
      dumpLine(2, 2, [
        [2, [8, 9, 10, 11]],
        [3, [12, 13, 14, 15]],
      ]),
    ];
    const check = checkBootLog(lines.join('\n'));
    expect(check.verdict).toBe('partial');
    expect(check.missing).toEqual(['the dump lists 16 CPUs but line 1 says nr_cpu_ids 40: the paste is cut off']);
  });

  it('no-setup-lines: failure lines alone are recognised and explained in the era terms', () => {
    const check = checkBootLog(LOG_FAILURES);
    expect(check.verdict).toBe('no-setup-lines');
    expect(check.lines.map((l) => [l.line, l.status])).toEqual([
      [2, 'failure'],
      [4, 'failure'],
    ]);
    // "atomic=" and "percpu:" fit 4.6 and later: PCPU_MIN_UNIT_SIZE is 32 KiB there.
    expect(check.lines[0]!.reason).toMatch(/size 32792 is above PCPU_MIN_UNIT_SIZE \(32768/);
    expect(check.lines[1]!.reason).toMatch(/did not fit the reserved area/);
  });

  it('failure lines of the 2.6.36 wording next to a setup', () => {
    const text = `${plain}\n${printk(FMT.failed2636, 8, 8, 'failed to extend area map')}`;
    const check = checkBootLog(text);
    expect(check.lines[3]).toMatchObject({ status: 'failure' });
    expect(check.lines[3]!.reason).toMatch(/bigger area map/);
    // No "atomic=": before 3.18, so 3.18 is never tried.
    expect(check.notes.join('\n')).toMatch(/no "atomic=" in the failure line \(before 3\.18\)/);
  });

  it('no-setup-lines for text with none, and never throws on odd input', () => {
    expect(checkBootLog('hello\nworld').verdict).toBe('no-setup-lines');
    expect(checkBootLog('\u0000\uffff<script>alert(1)</script>').verdict).toBe('no-setup-lines');
    expect(checkBootLog(undefined as unknown as string).verdict).toBe('no-setup-lines');
  });
});
