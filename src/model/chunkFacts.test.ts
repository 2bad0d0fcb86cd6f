import { describe, expect, it } from 'vitest';
import type { Config, Op } from '../engine/types';
import { EXAMPLE_7_CONFIG, EXAMPLE_8_CONFIG } from './testSupport';
import { chunkSlot, listedSlot, mapExtendsTo, mapIsFull } from './chunkFacts';
import { runScenario } from './run';

/** allocator.md §11 Example 7: cpus 2, S 4096, R 0, D 12288, page atom; unit 65536, 16 slots. */
const example7: Config = EXAMPLE_7_CONFIG;
const a = (size: number): Op => ({ op: 'alloc', size, align: 8 });
const ops: Op[] = [{ op: 'slab-online' }, a(6000), a(4000), { op: 'free', alloc: 1 }, a(5000), a(3000)];

describe('chunkFacts (Example 7)', () => {
  const t = runScenario(example7, ops);

  it('chunk 0 starts in slot 11 and is listed there', () => {
    const s = t.stateAt(0);
    expect(chunkSlot(s, s.chunks[0]!)).toBe(11);
    expect(listedSlot(s, 0)).toBe(11);
  });

  it('after step 4 chunk 0 (3288 free) is in slot 9; after step 5 the new chunk 1 is in slot 13', () => {
    const s4 = t.stateAt(5);
    expect(chunkSlot(s4, s4.chunks[0]!)).toBe(9);
    const s5 = t.stateAt(6);
    expect(listedSlot(s5, 1)).toBe(13);
  });

  it('a post first chunk (128-entry early map, 2 used) has room: nothing to extend', () => {
    const chunk = t.stateAt(0).chunks[0]!;
    expect(mapIsFull(chunk)).toBe(false);
    expect(mapExtendsTo(chunk)).toBe(0);
  });

  it('a pre first chunk’s 2-entry static map must grow to 16 before its first allocation (§6.4)', () => {
    const chunk = runScenario({ ...example7, earlyAlloc: false }, []).stateAt(0).chunks[0]!;
    expect(chunk.mapAlloc).toBe(2);
    expect(mapIsFull(chunk)).toBe(true);
    expect(mapExtendsTo(chunk)).toBe(16);
  });
});

describe('listedSlot with a reserved chunk (§4.6: never on any slot list)', () => {
  it('is -1 for the reserved chunk', () => {
    const config: Config = EXAMPLE_8_CONFIG;
    const s = runScenario(config, []).stateAt(0);
    expect(s.reservedChunkId).toBe(0);
    expect(listedSlot(s, 0)).toBe(-1);
  });
});
