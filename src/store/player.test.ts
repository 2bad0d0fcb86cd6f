import { describe, expect, it } from 'vitest';
import { alloc, scenarioOf } from '../editing/testOps';
import { createExplorerStore } from './explorerStore';
import { manualClock } from './clock';
import { STEPS_PER_SECOND_AT_1X } from './playbackSlice';
import { startPlayer } from './player';

/** Six allocations: a timeline of six steps after setup. */
function storeWithSixSteps() {
  const store = createExplorerStore();
  const ops = [0, 1, 2, 3, 4, 5].map((i) => alloc(8, 8, `a${i}`));
  store.getState().loadScenario(scenarioOf(ops), { history: 'reset', presetId: null, step: 0 });
  return store;
}

const MS_PER_STEP_AT_1X = 1000 / STEPS_PER_SECOND_AT_1X;

describe('the player steps on animation frames, as fast as the speed asks', () => {
  it('does nothing while paused, but keeps listening for frames', () => {
    const store = storeWithSixSteps();
    const clock = manualClock();
    startPlayer(store, clock);
    clock.advance(5000);
    clock.advance(5000);
    expect(store.getState().step).toBe(0);
    expect(clock.pending()).toBe(1);
  });

  it('at 1× takes one step per 1/STEPS_PER_SECOND_AT_1X seconds, carrying part-steps over', () => {
    const store = storeWithSixSteps();
    const clock = manualClock();
    startPlayer(store, clock);
    store.getState().setPlaying(true);
    clock.advance(16); // the first frame only notes the time
    clock.advance(MS_PER_STEP_AT_1X);
    expect(store.getState().step).toBe(1);
    clock.advance(MS_PER_STEP_AT_1X / 2);
    expect(store.getState().step).toBe(1);
    clock.advance(MS_PER_STEP_AT_1X / 2);
    expect(store.getState().step).toBe(2);
  });

  it('at 4× takes four steps in the time 1× takes one', () => {
    const store = storeWithSixSteps();
    const clock = manualClock();
    startPlayer(store, clock);
    store.getState().setSpeed(4);
    store.getState().setPlaying(true);
    clock.advance(16);
    clock.advance(MS_PER_STEP_AT_1X);
    expect(store.getState().step).toBe(4);
  });

  it('stops at the last step and pauses', () => {
    const store = storeWithSixSteps();
    const clock = manualClock();
    startPlayer(store, clock);
    store.getState().setPlaying(true);
    clock.advance(16);
    clock.advance(MS_PER_STEP_AT_1X * 100);
    expect(store.getState().step).toBe(store.getState().timeline.length);
    expect(store.getState().playing).toBe(false);
  });

  it('wraps inside a loop range instead of running past its end', () => {
    const store = storeWithSixSteps();
    const clock = manualClock();
    startPlayer(store, clock);
    store.getState().setStep(2);
    store.getState().setLoop({ from: 2, to: 4 });
    store.getState().setPlaying(true);
    clock.advance(16);
    clock.advance(MS_PER_STEP_AT_1X * 3); // 2 → 3 → 4 → wraps to 2
    expect(store.getState().step).toBe(2);
    expect(store.getState().playing).toBe(true);
  });

  it('asks for no more frames once stopped', () => {
    const store = storeWithSixSteps();
    const clock = manualClock();
    const stop = startPlayer(store, clock);
    stop();
    expect(clock.pending()).toBe(0);
  });
});
