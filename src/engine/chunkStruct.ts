/**
 * Size of the chunk struct that pcpu_alloc_chunk asks memory for (allocator.md §14 item 14):
 * the fixed part of struct pcpu_chunk on a 64-bit kernel (64 bytes) plus the populated
 * bitmap, one 8-byte long per 64 pages of a unit (BITS_TO_LONGS(unit pages) longs).
 */
export const CHUNK_STRUCT_FIXED_BYTES = 64;
const BITS_PER_LONG = 64;
const LONG_BYTES = 8;

export function chunkStructBytes(unitSize: number, pageSize: number): number {
  const unitPages = unitSize / pageSize;
  return CHUNK_STRUCT_FIXED_BYTES + LONG_BYTES * Math.ceil(unitPages / BITS_PER_LONG);
}
