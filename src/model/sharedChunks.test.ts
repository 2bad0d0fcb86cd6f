import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import { slotsAndReclaim } from '../scenario/presets/slotsAndReclaim';
import { sameChunk, withSharedChunks } from './sharedChunks';

describe('withSharedChunks', () => {
  const { config, ops } = slotsAndReclaim.scenario;
  const timeline = new Timeline(config, ops);

  it('keeps the previous object of every chunk a step left alone, and a fresh one for the rest', () => {
    for (let step = 1; step <= timeline.length; step++) {
      const prev = timeline.view(step - 1);
      const next = timeline.view(step);
      const shared = withSharedChunks(prev, next);
      // The same facts: every chunk equal to the step's own, in the same order.
      expect(shared.state.chunks).toEqual(next.state.chunks);
      expect(shared.state.chunks.map((c) => c.id)).toEqual(next.state.chunks.map((c) => c.id));
      for (const chunk of shared.state.chunks) {
        const before = prev.state.chunks.find((c) => c.id === chunk.id);
        const unchanged = before !== undefined && JSON.stringify(before) === JSON.stringify(chunk);
        expect(chunk === before).toBe(unchanged);
      }
      expect(shared.step).toBe(next.step);
      expect(shared.events).toBe(next.events);
      expect(shared.state.live).toBe(next.state.live);
    }
  });

  it('a step shares every chunk it did not touch (a free touches one chunk)', () => {
    const at = ops.findIndex((op) => op.op === 'free');
    const free = ops[at]!;
    const step = at + 1;
    const freedFrom = free.op === 'free' ? timeline.outcome(free.alloc).chunk : null;
    const prev = timeline.view(step - 1);
    const shared = withSharedChunks(prev, timeline.view(step));
    const fresh = shared.state.chunks.filter((c) => !prev.state.chunks.includes(c));
    expect(fresh.map((c) => c.id)).toEqual([freedFrom]);
  });

  it('without a previous view, the view as it is', () => {
    const view = timeline.view(3);
    expect(withSharedChunks(null, view)).toBe(view);
  });
});

describe('sameChunk', () => {
  it('compares every field, arrays element by element', () => {
    const state = new Timeline(slotsAndReclaim.scenario.config, slotsAndReclaim.scenario.ops).stateAt(0);
    const chunk = state.chunks[0]!;
    const copy = { ...chunk, map: [...chunk.map], owners: [...chunk.owners], populated: [...chunk.populated] };
    expect(sameChunk(chunk, copy)).toBe(true);
    expect(sameChunk(chunk, { ...copy, populated: [...chunk.populated, 9, 10] })).toBe(false);
    expect(sameChunk(chunk, { ...copy, owners: copy.owners.map((o, i) => (i === 0 ? o + 1 : o)) })).toBe(false);
    expect(sameChunk(chunk, { ...copy, mapStorage: copy.mapStorage === 'vmalloc' ? 'kmalloc' : 'vmalloc' })).toBe(
      false,
    );
  });
});
