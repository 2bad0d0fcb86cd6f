/**
 * The map array of allocator.md Example 4 (the early-slot preset) and §6.4's growth sequence:
 * 128 __initdata entries (512 B) → kmalloc copy of 512 B at slab online → 256 entries (1024 B).
 */
import { describe, expect, it } from 'vitest';
import { earlySlotExhaustion } from '../scenario/presets/earlySlotExhaustion';
import { preChangeCrash } from '../scenario/presets/preChangeCrash';
import { CELL_ALLOCATED, CELL_GROWN, CELL_INSERTED, CELL_SAME, chunkOfStep, mapArrayOf } from './mapArray';
import { viewAt } from './testSupport';

const scenario = earlySlotExhaustion.scenario;
const firstFailure = 127; // op 0 is a mark; ops 1..125 succeed; op 126 finds 127 of 128 entries used
const slabStep = 1 + 140 + 1;

function arrayAt(step: number, chunk = 1) {
  const view = viewAt(scenario, step);
  return mapArrayOf(
    view.state.chunks.find((c) => c.id === chunk)!,
    view.events,
    scenario.config,
  );
}

describe('mapArrayOf', () => {
  it('before any allocation: the 2-entry first-chunk map in a 128-entry __initdata array', () => {
    const a = arrayAt(0);
    expect(a).toMatchObject({ capacity: 128, used: 2, storage: '__initdata', bytes: 512, earlyBoundary: 128 });
    // Example 4: static + reserved end at 91072, where the first allocation lands.
    expect(Array.from(a.values)).toEqual([-91072, viewAt(scenario, 0).state.layout.dynSize]);
  });

  it('at the first early failure: 127 of 128 entries used, nothing changed by the failed step', () => {
    const a = arrayAt(firstFailure);
    expect(a).toMatchObject({ capacity: 128, used: 127, storage: '__initdata', bytes: 512, grewFrom: null });
    expect(Array.from(a.marks).every((m) => m === CELL_SAME)).toBe(true);
  });

  it('a successful 8-byte allocation marks the allocated entry and the tail it split off', () => {
    const a = arrayAt(firstFailure - 1);
    // The 125th allocation took 8 bytes at the front of the free tail: entry 125, the tail is 126.
    expect(a.values[125]).toBe(-8);
    expect(a.marks[125]).toBe(CELL_ALLOCATED);
    expect(a.marks[126]).toBe(CELL_INSERTED);
    expect(a.shift).toBe(1);
  });

  it('after slab online the same 128 entries live in a 512-byte kmalloc copy', () => {
    const a = arrayAt(slabStep);
    expect(a).toMatchObject({ capacity: 128, used: 127, storage: 'kmalloc', bytes: 512 });
  });

  it('after the first extension: 256 entries, 1024 B of kmalloc, the new half marked as grown', () => {
    const a = arrayAt(slabStep + 1);
    expect(a).toMatchObject({ capacity: 256, used: 128, storage: 'kmalloc', bytes: 1024, grewFrom: 128 });
    expect(a.marks[200]).toBe(CELL_GROWN);
    expect(chunkOfStep(viewAt(scenario, slabStep + 1).events)).toBe(1);
  });

  it('pre-change first-chunk maps are static 2-entry arrays (8 B), not __initdata', () => {
    const view = viewAt(preChangeCrash.scenario, 0);
    const chunk = view.state.chunks.find((c) => c.role === 'first')!;
    const a = mapArrayOf(chunk, [], preChangeCrash.scenario.config);
    expect(a).toMatchObject({ capacity: 2, used: 2, storage: 'static', bytes: 8, earlyBoundary: null });
  });
});
