import { describe, expect, it } from 'vitest';
import { withDefaults } from '../scenario/defaults';
import { cloneChunk, freezeChunk, thawChunk } from './chunkArea';
import { setup } from './setup';
import { applyOp } from './step';

function bootedFirstChunk() {
  const boot = setup(withDefaults({}));
  if (!boot.ok) throw new Error(boot.error);
  applyOp(boot.state, 0, { op: 'alloc', size: 8, align: 4 }, null);
  return boot.state.chunks.find((c) => c.id === boot.state.firstChunkId)!;
}

describe('chunks built with their area map', () => {
  it('keep the first chunk’s key order, with map and owners where they stand', () => {
    const chunk = bootedFirstChunk();
    expect(Object.keys(chunk).slice(0, 5)).toEqual(['id', 'role', 'map', 'owners', 'mapAlloc']);
    for (const copy of [cloneChunk(chunk), thawChunk(freezeChunk(chunk))]) {
      expect(Object.keys(copy)).toEqual(Object.keys(chunk));
      expect(copy).toEqual(chunk);
    }
  });

  it('show map and owners as plain arrays to spreads and JSON', () => {
    const chunk = bootedFirstChunk();
    // allocator.md §4: the first dynamic chunk starts as [-static, dyn]; the 8-byte alloc splits dyn.
    const { map, owners } = { ...chunk };
    expect(map.length).toBe(3);
    expect(map[1]).toBe(-8);
    expect(owners[1]).toBe(0);
    const json = JSON.parse(JSON.stringify(chunk)) as { map: number[]; owners: number[] };
    expect(json.map).toEqual(map);
    expect(json.owners).toEqual(owners);
  });
});
