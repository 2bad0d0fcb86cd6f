import { describe, expect, it } from 'vitest';
import { mapBytes, mapEntries, mapSizeWords, NEW_CHUNK_MAP_ENTRIES } from './mapSize';

describe('map sizes (allocator.md §6.4: new_alloc × 4 bytes)', () => {
  it('a created chunk’s map has PCPU_DFL_MAP_ALLOC = 16 entries, 64 bytes', () => {
    expect(NEW_CHUNK_MAP_ENTRIES).toBe(16);
    expect(mapBytes(NEW_CHUNK_MAP_ENTRIES)).toBe(64);
    expect(mapSizeWords(NEW_CHUNK_MAP_ENTRIES)).toBe('16-entry map (64 bytes)');
  });

  it('growth of a post first chunk: 256 entries are 1024 B, 2048 are 8 KiB', () => {
    expect(mapBytes(256)).toBe(1024);
    expect(mapBytes(2048)).toBe(8192);
    expect(mapEntries(1024)).toBe(256);
    expect(mapSizeWords(256, 'kmalloc')).toBe('256-entry map (1024 bytes, kmalloc)');
  });
});
