import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { goneChunks, mergesOf, rowOrder } from './stepMotion';

describe('step motion', () => {
  it('a free that merges both ways closes two seams into one hole', () => {
    // 112 bytes freed at 91136 between a 64-byte free head and a 144-byte free area.
    const events: EngineEvent[] = [
      { kind: 'freed', chunk: 1, offset: 91136, size: 112 },
      { kind: 'merged', chunk: 1, side: 'previous', bytes: 64 },
      { kind: 'merged', chunk: 1, side: 'next', bytes: 144 },
    ];
    expect(mergesOf(events)).toEqual([
      { chunk: 1, freed: [91136, 91248], hole: [91072, 91392], seams: [91136, 91248] },
    ]);
  });

  it('a free with no free neighbour closes nothing', () => {
    expect(mergesOf([{ kind: 'freed', chunk: 2, offset: 0, size: 4096 }])).toEqual([]);
  });

  it('names the destroyed chunks and puts their rows where they stood', () => {
    const events: EngineEvent[] = [
      { kind: 'reclaim', kept: 0, destroyed: [2] },
      {
        kind: 'chunk-destroyed',
        chunk: 2,
        mapBytes: 64,
        mapStorage: 'kmalloc',
        structBytes: 72,
        structStorage: 'kmalloc',
      },
    ];
    expect(goneChunks(events)).toEqual([2]);
    expect(rowOrder([0, 1, 3], [2])).toEqual([
      { id: 0, gone: false },
      { id: 1, gone: false },
      { id: 2, gone: true },
      { id: 3, gone: false },
    ]);
  });
});
