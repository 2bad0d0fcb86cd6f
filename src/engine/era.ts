import type { Config } from './types';

/**
 * The kernel constants of first-chunk setup that changed after 2.6.36. Each era is the first
 * release with a change; the first chunk of any release is built with the constants of the
 * latest era at or before it. After setup every era runs the model's 2.6.36 area map (the
 * kernel itself switched to a bitmap allocator in 4.14).
 *
 * Sources (upstream commits, read in public copies of include/linux/percpu.h and mm/percpu.c):
 * - 2.6.37: "percpu: reduce PCPU_MIN_UNIT_SIZE to 32k" and "percpu: use percpu allocator on
 *   UP too" (Tejun Heo, percpu for-2.6.37 pull): PCPU_MIN_UNIT_SIZE = PFN_ALIGN(32 << 10), and
 *   CONFIG_SMP=n kernels set up one 32 KiB first chunk in mm/percpu.c's UP setup_per_cpu_areas.
 * - 3.18: PERCPU_DYNAMIC_RESERVE 20 KiB / 12 KiB (64 / 32-bit) becomes 28 KiB / 20 KiB, with
 *   the atomic allocation series ("percpu: implement [__]alloc_percpu_gfp()" 5835d96e9ce4,
 *   "percpu: implement asynchronous chunk population" 1a4d76076cda), which also added
 *   "atomic=%d" to the allocation-failure line.
 * - 4.14: the bitmap allocator (Dennis Zhou, "percpu: replace area map allocator with bitmap");
 *   PERCPU_DYNAMIC_EARLY_SLOTS is no longer used (first-chunk maps are bitmaps).
 * - 6.2: "percpu: adjust the value of PERCPU_DYNAMIC_EARLY_SIZE" (e8753e416c7e): 12 KiB to
 *   20 KiB; "mm/percpu: remove unused PERCPU_DYNAMIC_EARLY_SLOTS" (d667c94962c1).
 * Log wording (not a constant, but era dependent): "PERCPU:" until "mm: percpu: Use pr_fmt to
 * prefix output" (Joe Perches, 4.6) made every line "percpu:"; "@%p" became "@(____ptrval____)"
 * with "printk: hash addresses printed with %p" (ad67b74d2469, 4.15) and was dropped by
 * "percpu: stop printing kernel addresses" (Matteo Croce, 5.2).
 */
export const ERAS = ['2.6.36', '2.6.37', '3.18', '4.14', '6.2'] as const;
export type Era = (typeof ERAS)[number];
export const DEFAULT_ERA: Era = '2.6.36';

export type FirstChunkPath = 'embed' | 'page';

export interface EraConstants {
  era: Era;
  /** PCPU_MIN_UNIT_SIZE: the smallest unit, and the largest legal request. */
  minUnitSize: number;
  /** PERCPU_DYNAMIC_RESERVE, the dynamic size x86 and most arches ask for, by word size. */
  dynamicReserve: { 64: number; 32: number };
  /** PERCPU_DYNAMIC_EARLY_SIZE. */
  earlySize: number;
  /** Whether PERCPU_DYNAMIC_EARLY_SLOTS sizes the first chunk's map in the kernel itself. */
  earlySlotsUsed: boolean;
  /** Whether uniprocessor (CONFIG_SMP=n) kernels set up a percpu first chunk. */
  upPercpu: boolean;
  /** Whether the kernel's own allocator after setup is the area map the model runs. */
  areaMap: boolean;
}

const KIB = 1024;

const TABLE: Record<Era, EraConstants> = {
  '2.6.36': {
    era: '2.6.36',
    minUnitSize: 64 * KIB,
    dynamicReserve: { 64: 20 * KIB, 32: 12 * KIB },
    earlySize: 12 * KIB,
    earlySlotsUsed: true,
    upPercpu: false,
    areaMap: true,
  },
  '2.6.37': {
    era: '2.6.37',
    minUnitSize: 32 * KIB,
    dynamicReserve: { 64: 20 * KIB, 32: 12 * KIB },
    earlySize: 12 * KIB,
    earlySlotsUsed: true,
    upPercpu: true,
    areaMap: true,
  },
  '3.18': {
    era: '3.18',
    minUnitSize: 32 * KIB,
    dynamicReserve: { 64: 28 * KIB, 32: 20 * KIB },
    earlySize: 12 * KIB,
    earlySlotsUsed: true,
    upPercpu: true,
    areaMap: true,
  },
  '4.14': {
    era: '4.14',
    minUnitSize: 32 * KIB,
    dynamicReserve: { 64: 28 * KIB, 32: 20 * KIB },
    earlySize: 12 * KIB,
    earlySlotsUsed: false,
    upPercpu: true,
    areaMap: false,
  },
  '6.2': {
    era: '6.2',
    minUnitSize: 32 * KIB,
    dynamicReserve: { 64: 28 * KIB, 32: 20 * KIB },
    earlySize: 20 * KIB,
    earlySlotsUsed: false,
    upPercpu: true,
    areaMap: false,
  },
};

export function eraConstants(era: Era | undefined): EraConstants {
  return TABLE[era ?? DEFAULT_ERA];
}

/** The constants a config runs with (no era field: 2.6.36). */
export function configEra(config: Pick<Config, 'era'>): EraConstants {
  return eraConstants(config.era);
}

/** PCPU_MIN_UNIT_SIZE of the config's era: the largest request pcpu_alloc accepts. */
export function maxRequestSize(config: Pick<Config, 'era'>): number {
  return configEra(config).minUnitSize;
}

/** True when the config asks for anything other than 2.6.36's embed first chunk on SMP. */
export function usesEraFields(config: Pick<Config, 'era' | 'firstChunk' | 'up'>): boolean {
  return config.era !== undefined || config.firstChunk !== undefined || config.up !== undefined;
}

/** The one line the app shows wherever an era other than 2.6.36 is chosen. */
export function eraModelNote(config: Pick<Config, 'era'>): string | null {
  const era = config.era ?? DEFAULT_ERA;
  if (era === DEFAULT_ERA) return null;
  const allocator = configEra(config).areaMap
    ? `${era} still allocates with an area map`
    : `since 4.14 the kernel allocates with a bitmap allocator`;
  return (
    `First chunk built with ${era}'s constants; later allocations are modelled with 2.6.36's area map ` +
    `(${allocator}), so they show what 2.6.36 would have done.`
  );
}

/** The first Linux release of an era's constants, for "the latest era at or before version X". */
export function eraForVersion(major: number, minor: number, patch = 0): Era {
  const v = major * 1_000_000 + minor * 1_000 + patch;
  if (v >= 6_002_000) return '6.2';
  if (v >= 4_014_000) return '4.14';
  if (v >= 3_018_000) return '3.18';
  if (v >= 2_006_037) return '2.6.37';
  return '2.6.36';
}
