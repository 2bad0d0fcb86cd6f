/*
 * Boot logs of several eras, written from the kernel's format strings (see dmesgSamples.ts and
 * engine/era.ts) in the shapes people paste them. The numbers are constructed; each sample's
 * comment works them out with that era's constants (allocator.md §4):
 *   size_sum = PFN_ALIGN(s + r + max(D, EARLY_SIZE)), d = size_sum - s - r,
 *   u = alloc_size / upa with alloc_size = roundup(max(size_sum, PCPU_MIN_UNIT_SIZE), atom).
 */

/**
 * Ubuntu 22.04 (5.15, era 4.14), 8 CPUs, from journalctl: D = 28672 (64-bit reserve since 3.18):
 * 208896 + 8192 + 28672 = 245760 = 60 pages, d 28672; 2 MiB / 245760 -> upa 8, u 262144.
 */
export const LOG_5_15_JOURNAL = [
  'Jun 30 05:29:39 host kernel: Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023 (Ubuntu 5.15.0-91.101-generic 5.15.131)',
  'Jun 30 05:29:39 host kernel: setup_percpu: NR_CPUS:8192 nr_cpumask_bits:8 nr_cpu_ids:8 nr_node_ids:1',
  'Jun 30 05:29:39 host kernel: percpu: Embedded 60 pages/cpu s208896 r8192 d28672 u262144',
  'Jun 30 05:29:39 host kernel: pcpu-alloc: s208896 r8192 d28672 u262144 alloc=1*2097152',
  'Jun 30 05:29:39 host kernel: pcpu-alloc: [0] 0 1 2 3 4 5 6 7 ',
].join('\n');

/**
 * A 6.8 kernel at the default log level (no KERN_DEBUG dump), with CONFIG_RANDOM_KMALLOC_CACHES:
 * d 114688 = 28 << 12; 221184 + 8192 + 114688 = 344064 = 84 pages; 2 MiB / 344064 -> upa 4, u 524288.
 */
export const LOG_6_8_NO_DUMP = [
  '[    0.000000] Linux version 6.8.0-40-generic (buildd@lcy02-amd64-075) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0) #40-Ubuntu SMP PREEMPT_DYNAMIC',
  '[    0.019876] setup_percpu: NR_CPUS:8192 nr_cpumask_bits:4 nr_cpu_ids:4 nr_node_ids:1',
  '[    0.020654] percpu: Embedded 84 pages/cpu s221184 r8192 d114688 u524288',
].join('\n');

/**
 * allocator.md Example 3(d) (24 CPUs on two nodes) mailed quoted-printable: a soft break cuts
 * d23616 in two, "=3D" stands for "=", "=20" for the trailing space.
 */
export const LOG_QP_24CPU = [
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '> [    0.000000] PERCPU: Embedded 28 pages/cpu @ffff880002200000 s82880 r8192 d2=',
  '3616 u131072',
  '> [    0.000000] pcpu-alloc: s82880 r8192 d23616 u131072 alloc=3D1*2097152',
  '> [    0.000000] pcpu-alloc: [0] 00 01 02 03 04 05 06 07 08 09 10 11 -- -- -- --=20',
  '> [    0.000000] pcpu-alloc: [1] 12 13 14 15 16 17 18 19 20 21 22 23 -- -- -- --=20',
].join('\n');

/**
 * Debian 7's 3.2 686-pae kernel (era 2.6.37), 2 CPUs. x86-32 passes PERCPU_FIRST_CHUNK_RESERVE 0
 * and the 32-bit reserve 12288: 33860 + 12288 = 46148 -> 49152 = 12 pages, d 15292;
 * 2 MiB (PAE PMD) / 49152 -> max_upa 32, two CPUs -> upa 2, u 1048576.
 */
export const LOG_3_2_X86_32 = [
  '[    0.000000] Linux version 3.2.0-4-686-pae (debian-kernel@lists.debian.org) (gcc version 4.6.3 (Debian 4.6.3-14) ) #1 SMP Debian 3.2.51-1',
  '[    0.000000] setup_percpu: NR_CPUS:32 nr_cpumask_bits:32 nr_cpu_ids:2 nr_node_ids:1',
  '[    0.000000] PERCPU: Embedded 12 pages/cpu @f5c00000 s33860 r0 d15292 u1048576',
  '[    0.000000] pcpu-alloc: s33860 r0 d15292 u1048576 alloc=1*2097152',
  '[    0.000000] pcpu-alloc: [0] 0 1 ',
].join('\n');

/**
 * RHEL 6's 2.6.32, before early allocation: size_sum = PFN_ALIGN(s + r + D), D 20480:
 * 76888 + 8192 + 20480 = 105560 -> 106496 = 26 pages, d 21416; 64 KiB minimum unit;
 * 2 MiB / 106496 -> max_upa 16, 16 CPUs on one node -> upa 16, u 131072, one allocation a line.
 */
export const LOG_2_6_32 = [
  'Linux version 2.6.32-431.el6.x86_64 (mockbuild@x86-023.build.eng.bos.redhat.com) (gcc version 4.4.7 20120313 (Red Hat 4.4.7-4) (GCC) ) #1 SMP Fri Nov 22 03:15:09 EST 2013',
  'PERCPU: Embedded 26 pages/cpu @ffff880028200000 s76888 r8192 d21416 u131072',
  'pcpu-alloc: s76888 r8192 d21416 u131072 alloc=1*2097152',
  'pcpu-alloc: [0] 00 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 ',
].join('\n');

/**
 * A uniprocessor Raspberry Pi kernel (4.19, era 4.14): no Embedded line; one unit of
 * roundup_pow_of_two(max(32768, 20480)) = 32768, all dynamic.
 */
export const LOG_UP = [
  '[    0.000000] Linux version 4.19.66+ (dom@buildbot) (gcc version 4.9.3 (crosstool-NG crosstool-ng-1.22.0-88-g8460611)) #1253 Thu Aug 15 11:37:30 BST 2019',
  '[    0.000000] pcpu-alloc: s0 r0 d32768 u32768 alloc=1*32768',
  '[    0.000000] pcpu-alloc: [0] 0 ',
].join('\n');

/**
 * percpu_alloc=page on a 5.2+ kernel (no version line): "percpu:" and no address say 5.2 or
 * later; only 6.2's 20 KiB EARLY_SIZE gives 82880 + 8192 + 20480 = 111552 -> 28 pages, d 23616.
 */
export const LOG_PAGE_MODERN = [
  '[    0.000000] percpu: 28 4K pages/cpu s82880 r8192 d23616',
  '[    0.000000] pcpu-alloc: s82880 r8192 d23616 u114688 alloc=28*4096',
  '[    0.000000] pcpu-alloc: [0] 0 [0] 1 [0] 2 [0] 3 ',
].join('\n');

/**
 * 4.19 (hashed pointer), 16 CPUs, pasted cut off after the first dump line. 4.19 is era 4.14:
 * 180224 + 8192 + 28672 = 217088 = 53 pages, d 28672; 2 MiB / 217088 -> max_upa 8; 16 CPUs, one
 * node -> upa 8, u 262144; 8 CPUs a line at two digits: width 8*3+1+3 = 28 -> 2 allocations a line.
 */
export const LOG_4_19_CUT = [
  '[    0.000000] setup_percpu: NR_CPUS:512 nr_cpumask_bits:16 nr_cpu_ids:16 nr_node_ids:1',
  '[    0.000000] percpu: Embedded 53 pages/cpu @(____ptrval____) s180224 r8192 d28672 u262144',
  '[    0.000000] pcpu-alloc: s180224 r8192 d28672 u262144 alloc=1*2097152',
].join('\n');

/** A 6.9 kernel refusing a 32792-byte request, then a reserved-chunk failure (no setup lines). */
export const LOG_FAILURES = [
  '[ 2605.866281] ------------[ cut here ]------------',
  '[ 2605.866320] illegal size (32792) or align (8) for percpu allocation',
  '[ 2605.866348] WARNING: CPU: 9 PID: 592 at mm/percpu.c:1754 pcpu_alloc+0x82b/0x920',
  '[ 2610.000001] percpu: allocation failed, size=16 align=16 atomic=0, alloc from reserved chunk failed',
].join('\n');

/** The ARM 32 KiB-unit log of dmesgSamples.ts under a version line that says 2.6.36: it cannot be. */
export const LOG_2636_SAYS_32K = [
  'Linux version 2.6.36 (builder@host) (gcc version 4.4.1) #1 PREEMPT armv7l',
  'PERCPU: Embedded 7 pages/cpu @c0a3a000 s7296 r8192 d13184 u32768',
  'pcpu-alloc: s7296 r8192 d13184 u32768 alloc=8*4096',
  'pcpu-alloc: [0] 0 [0] 1 ',
].join('\n');

const statsRow = (key: string, value: number) => `  ${key.padEnd(20)}: ${String(value).padStart(12)}`;

/** /sys/kernel/debug/percpu_stats of the 5.15 machine above, in mm/percpu-stats.c's "  %-20s: %12lld" lines. */
export const PERCPU_STATS_5_15 = [
  'Percpu Memory Statistics',
  'Allocation Info:',
  '----------------------------------------',
  statsRow('unit_size', 262144),
  statsRow('static_size', 208896),
  statsRow('reserved_size', 8192),
  statsRow('dyn_size', 28672),
  statsRow('atom_size', 2097152),
  statsRow('alloc_size', 2097152),
  '',
  'Global Stats:',
  '----------------------------------------',
  statsRow('nr_alloc', 9040),
  statsRow('nr_dealloc', 6994),
  statsRow('nr_chunks', 3),
  '',
  'Per Chunk Stats:',
  '----------------------------------------',
  'Chunk: <- Reserved Chunk',
  statsRow('nr_alloc', 12),
  statsRow('free_bytes', 4096),
  '',
  'Chunk: <- First Chunk',
  statsRow('nr_alloc', 1087),
  statsRow('free_bytes', 4),
  statsRow('contig_bytes', 4),
  '',
  'Chunk:',
  statsRow('nr_alloc', 300),
  statsRow('free_bytes', 120000),
].join('\n');
