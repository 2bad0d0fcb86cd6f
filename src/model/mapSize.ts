import { MAP_ENTRY_BYTES, PCPU_DFL_MAP_ALLOC } from '../engine/constants';

/** Bytes of one area-map entry (an int). */
export { MAP_ENTRY_BYTES };

/** The map length of every created chunk (PCPU_DFL_MAP_ALLOC, allocator.md §2). */
export const NEW_CHUNK_MAP_ENTRIES = PCPU_DFL_MAP_ALLOC;

/** The bytes of a map of `entries` entries. */
export function mapBytes(entries: number): number {
  return entries * MAP_ENTRY_BYTES;
}

/** The entries of a map buffer of `bytes` bytes. */
export function mapEntries(bytes: number): number {
  return bytes / MAP_ENTRY_BYTES;
}

/** "16-entry map (64 bytes)", or "16-entry map (64 bytes, kmalloc)" with its storage. */
export function mapSizeWords(entries: number, storage?: string): string {
  return `${entries}-entry map (${mapBytes(entries)} bytes${storage ? `, ${storage}` : ''})`;
}
