/** Numbers fixed by the 2.6.35/2.6.36 kernel sources (allocator.md §2). */

/**
 * Minimum unit size and the largest legal request of 2.6.36 (64 KiB for every page size). Later
 * eras' values are in era.ts; the engine reads the config's through maxRequestSize.
 */
export const PCPU_MIN_UNIT_SIZE = 65536;
/** Every created chunk starts with a map of this many entries; also the doubling base. */
export const PCPU_DFL_MAP_ALLOC = 16;
/** Pre-change first-chunk maps are static arrays of this many entries. */
export const PRE_CHANGE_STATIC_MAP_SLOTS = 2;
/** The map holds C ints. */
export const MAP_ENTRY_BYTES = 4;
/** Heads and tails smaller than sizeof(int) are never split off; the same bound drives slot 0. */
export const SMALL_AREA_BYTES = 4;
/** pcpu_alloc reports only the first ten failures of a boot. */
export const WARN_LIMIT = 10;
/** The model treats a request at or below one page as kmalloc, above as vmalloc. */
export type MapStorage = 'initdata' | 'kmalloc' | 'vmalloc';
