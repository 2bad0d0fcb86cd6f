import { describe, expect, it } from 'vitest';
import type { Config, Op } from '../engine/types';
import { EXAMPLE_7_CONFIG } from './testSupport';
import { runScenario } from './run';
import { largestFreeArea, staleHintBytes } from './staleHint';

/** allocator.md §11 Example 7 (the stale hint at step 4). */
const example7: Config = EXAMPLE_7_CONFIG;
const a = (size: number): Op => ({ op: 'alloc', size, align: 8 });
const ops: Op[] = [{ op: 'slab-online' }, a(6000), a(4000), { op: 'free', alloc: 1 }, a(5000), a(3000)];
const t = runScenario(example7, ops);
const chunk0 = (step: number) => t.stateAt(step).chunks[0]!;

describe('staleHint (Example 7)', () => {
  it('step 3: the freed 6000 bytes are the largest hole and the hint says so', () => {
    expect(largestFreeArea(chunk0(4))).toBe(6000);
    expect(staleHintBytes(chunk0(4))).toBe(0);
  });

  it('step 4: the hint stays 6000 while the largest hole is 2288: 3712 bytes of it are stale', () => {
    expect(chunk0(5).contigHint).toBe(6000);
    expect(largestFreeArea(chunk0(5))).toBe(2288);
    expect(staleHintBytes(chunk0(5))).toBe(3712);
  });

  it('step 5: alloc_area’s failed scan corrects the hint to 2288', () => {
    expect(staleHintBytes(chunk0(6))).toBe(0);
  });
});
