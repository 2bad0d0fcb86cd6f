/**
 * Seeking a long timeline: keyframes share map leaves copy-on-write and live allocations come
 * back from checkpoints plus the step records, so every state must still equal a replay from
 * scratch, also after the cursor moved back and forth and after views were mutated by a caller.
 */
import { describe, expect, it } from 'vitest';
import { mixedOps } from '../bench/scenarios';
import { setup } from '../src/engine/setup';
import { applyOp } from '../src/engine/step';
import { Timeline } from '../src/engine/timeline';
import { withDefaults } from '../src/scenario/defaults';
import { normalizeState } from './support/normalize';

describe('a 30,000-op timeline', () => {
  const config = withDefaults({});
  const ops = mixedOps(30_000, 11);
  const timeline = new Timeline(config, ops);
  const targets = [30_000, 0, 8191, 8192, 8193, 16_385, 513, 24_577, 29_999, 12_000, 12_001];

  it(
    'stateAt(k) equals a replay of k steps, in any seek order, whatever callers do to their copies',
    { timeout: 120_000 },
    () => {
      for (const round of [1, 2]) {
        for (const k of targets) {
          const boot = setup(config);
          if (!boot.ok) throw new Error(boot.error);
          for (let i = 0; i < k; i++) applyOp(boot.state, i, ops[i]!, null);
          const seen = timeline.stateAt(k);
          expect(normalizeState(seen), `round ${round}, step ${k}`).toEqual(normalizeState(boot.state));
          expect([...seen.live.keys()], `step ${k}: live in insertion order`).toEqual([...boot.state.live.keys()]);
          // A caller running ops on its copy (sharing map leaves) changes nothing the timeline keeps.
          for (let i = k; i < Math.min(k + 50, ops.length); i++) applyOp(seen, i, ops[i]!, null);
          seen.live.clear();
        }
      }
    },
  );

  it(
    'stepping backwards one step at a time (frames left inside an interval) gives every state a replay gives',
    { timeout: 120_000 },
    () => {
      // From the end back past a keyframe boundary (1,024 apart) and several 64-step frames.
      const boot = setup(config);
      if (!boot.ok) throw new Error(boot.error);
      const from = 20_600;
      const to = 20_300;
      const expected = new Map<number, ReturnType<typeof normalizeState>>();
      for (let i = 0; i < from; i++) {
        if (i >= to) expected.set(i, normalizeState(boot.state));
        applyOp(boot.state, i, ops[i]!, null);
      }
      expected.set(from, normalizeState(boot.state));
      for (let k = from; k >= to; k--) {
        const seen = timeline.view(k).state;
        expect(normalizeState(seen), `step ${k}`).toEqual(expected.get(k));
        // A caller's copy runs ahead; the frames the timeline keeps must not see it.
        applyOp(seen, k, ops[k]!, null);
      }
    },
  );
});
