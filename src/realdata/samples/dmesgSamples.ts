/*
 * Boot-log samples written from the kernel's format strings (mm/percpu.c):
 *   "PERCPU: Embedded %zu pages/cpu @%p s%zu r%zu d%zu u%zu\n"   (2.6.36, pcpu_embed_first_chunk)
 *   "percpu: Embedded %zu pages/cpu @%p s%zu r%zu d%zu u%zu\n"   (later, through pr_fmt)
 *   "percpu: Embedded %zu pages/cpu s%zu r%zu d%zu u%zu\n"       (later still, no address)
 *   "PERCPU: %d %s pages/cpu @%p s%zu r%zu d%zu\n"              (pcpu_page_first_chunk)
 *   "pcpu-alloc: s%zu r%zu d%zu u%zu alloc=%zu*%zu" then "[%0*d] " and "%0*d " / dashes per unit
 *     (pcpu_dump_alloc_info; every allocation line ends with a space).
 * The numbers are the worked examples of allocator.md §11 unless a sample says otherwise.
 */

/** allocator.md Example 1 (4 CPUs, one node) as 2.6.36 prints it, with dmesg timestamps. */
export const DMESG_2636_EXAMPLE1 = [
  '[    0.000000] setup_percpu: NR_CPUS:64 nr_cpumask_bits:64 nr_cpu_ids:4 nr_node_ids:1',
  '[    0.000000] PERCPU: Embedded 28 pages/cpu @ffff880001e00000 s82880 r8192 d23616 u524288',
  '[    0.000000] pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152',
  '[    0.000000] pcpu-alloc: [0] 0 1 2 3 ',
  '[    0.000000] Built 1 zonelists in Zone order, mobility grouping on.  Total pages: 1032047',
].join('\n');

/**
 * The same machine under a 4.6-4.14 kernel (lower-case pr_fmt prefix since 4.6, raw address
 * until 4.15), read from syslog.
 */
export const DMESG_3X_SYSLOG = [
  'Nov 26 12:00:00 host kernel: [    0.000000] setup_percpu: NR_CPUS:64 nr_cpumask_bits:64 nr_cpu_ids:4 nr_node_ids:1',
  'Nov 26 12:00:00 host kernel: [    0.000000] percpu: Embedded 28 pages/cpu @ffff88003fc00000 s82880 r8192 d23616 u524288',
  'Nov 26 12:00:00 host kernel: [    0.000000] pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152',
  'Nov 26 12:00:00 host kernel: [    0.000000] pcpu-alloc: [0] 0 1 2 3 ',
].join('\n');

/** The same lines with printk levels, as a serial console shows them (<6> info, <7> debug). */
export const DMESG_LOGLEVELS = [
  '<6>[    0.000000] percpu: Embedded 28 pages/cpu @ffff88003fc00000 s82880 r8192 d23616 u524288',
  '<7>[    0.000000] pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152',
  '<7>[    0.000000] pcpu-alloc: [0] 0 1 2 3 ',
].join('\n');

/** A later kernel's dmesg at the default level: the KERN_DEBUG dump is not shown. */
export const DMESG_EMBEDDED_ONLY =
  '[    0.000000] percpu: Embedded 28 pages/cpu @ffff88003fc00000 s82880 r8192 d23616 u524288';

/** allocator.md Example 3(d): 24 CPUs, nodes 0×12 then 1×12; upa 16, four empty units per group. */
export const DMESG_24CPU = [
  '[    0.000000] PERCPU: Embedded 28 pages/cpu @ffff880002200000 s82880 r8192 d23616 u131072',
  '[    0.000000] pcpu-alloc: s82880 r8192 d23616 u131072 alloc=1*2097152',
  '[    0.000000] pcpu-alloc: [0] 00 01 02 03 04 05 06 07 08 09 10 11 -- -- -- -- ',
  '[    0.000000] pcpu-alloc: [1] 12 13 14 15 16 17 18 19 20 21 22 23 -- -- -- -- ',
].join('\n');

/** allocator.md Example 3(c): 10 CPUs on alternating nodes; several allocations per line. */
export const DMESG_10CPU_ALTERNATING = [
  'PERCPU: Embedded 28 pages/cpu @ffff880002200000 s82880 r8192 d23616 u1048576',
  'pcpu-alloc: s82880 r8192 d23616 u1048576 alloc=1*2097152',
  'pcpu-alloc: [0] 00 02 [0] 04 06 [0] 08 -- [1] 01 03 ',
  'pcpu-alloc: [1] 05 07 [1] 09 -- ',
].join('\n');

/** The 24-CPU log pasted into an e-mail reply: quoted, and wrapped at about 72 columns. */
export const DMESG_24CPU_QUOTED_WRAPPED = [
  'Hi, here is the boot log of the box:',
  '',
  '> [    0.000000] PERCPU: Embedded 28 pages/cpu @ffff880002200000 s82880 r8192',
  '> d23616 u131072',
  '> [    0.000000] pcpu-alloc: s82880 r8192 d23616 u131072',
  '> alloc=1*2097152',
  '> [    0.000000] pcpu-alloc: [0] 00 01 02 03 04 05 06 07 08 09 10 11 -- --',
  '> -- -- ',
  '> > [    0.000000] pcpu-alloc: [1] 12 13 14 15 16 17 18 19 20 21 22 23 --',
  '> > -- -- -- ',
  '',
  'Thanks!',
].join('\n');

/** allocator.md Example 2(a): 8 CPUs on interleaved nodes, both allocations on one line. */
export const DMESG_8CPU_INTERLEAVED = [
  'PERCPU: Embedded 28 pages/cpu @ffff880002200000 s82880 r8192 d23616 u524288',
  'pcpu-alloc: s82880 r8192 d23616 u524288 alloc=1*2097152',
  'pcpu-alloc: [0] 0 2 4 6 [1] 1 3 5 7 ',
].join('\n');

/**
 * A 2-CPU ARM board under a later kernel (constructed numbers): 4 KiB atoms and the 32 KiB
 * minimum unit give u32768 = 8 pages for 7 pages of data.
 */
export const DMESG_ARM_32K_UNIT = [
  '[    0.000000] PERCPU: Embedded 7 pages/cpu @c0a3a000 s7296 r8192 d13184 u32768',
  '[    0.000000] pcpu-alloc: s7296 r8192 d13184 u32768 alloc=8*4096',
  '[    0.000000] pcpu-alloc: [0] 0 [0] 1 ',
].join('\n');

/**
 * A later 64-bit kernel, 8 CPUs (constructed numbers): the 28 KiB dynamic reserve makes
 * s+r+d = 192512 + 8192 + 28672 = 229376 = 56 pages; 2 MiB / 8 units = 262144.
 */
export const DMESG_LATER_28K = [
  '[    0.000000] percpu: Embedded 56 pages/cpu s192512 r8192 d28672 u262144',
  '[    0.000000] pcpu-alloc: s192512 r8192 d28672 u262144 alloc=1*2097152',
  '[    0.000000] pcpu-alloc: [0] 0 1 2 3 4 5 6 7 ',
].join('\n');

/**
 * A kernel without early allocation whose arch asked for a small dynamic area (constructed
 * numbers): s+r+d = 90112 + 8192 + 8192 = 106496 = 26 pages, d below EARLY_SIZE (12288).
 */
export const DMESG_SMALL_DYN = [
  'PERCPU: Embedded 26 pages/cpu @ffff880001e00000 s90112 r8192 d8192 u524288',
  'pcpu-alloc: s90112 r8192 d8192 u524288 alloc=1*2097152',
  'pcpu-alloc: [0] 0 1 2 3 ',
].join('\n');

/**
 * The page first-chunk allocator (percpu_alloc=page): "%d %s pages/cpu" with "4K". Its atom is
 * PAGE_SIZE, so alloc_size = unit = PFN_ALIGN(s+r+d) = 114688 = 28 pages, one unit each.
 */
export const DMESG_PAGE_CHUNK = [
  '[    0.000000] PERCPU: 28 4K pages/cpu @ffffc90000000000 s82880 r8192 d23616',
  '[    0.000000] pcpu-alloc: s82880 r8192 d23616 u114688 alloc=28*4096',
  '[    0.000000] pcpu-alloc: [0] 0 [0] 1 [0] 2 [0] 3 ',
].join('\n');

/** Look-alikes and broken lines that must be reported, not used. */
export const DMESG_GARBAGE = [
  'PERCPU: Embedded lots of pages/cpu',
  'pcpu-alloc: [x] a b c',
  'pcpu-alloc: s1 r2',
  'percpu: Embedded 99999999999999999999999 pages/cpu s1 r1 d1 u1',
  'random noise [0] 1 2 3',
  '\u0000\u00ff<script>alert(1)</script>',
].join('\n');
