import { describe, expect, it } from 'vitest';
import { manualClock } from './clock';

describe('the manual clock fires frames and timers only when told to', () => {
  it('a timer fires once, when its time has come, and not after a cancel', () => {
    const clock = manualClock();
    const fired: string[] = [];
    clock.after(100, () => fired.push('a'));
    const cancelB = clock.after(50, () => fired.push('b'));
    cancelB();
    clock.advance(99);
    expect(fired).toEqual([]);
    clock.advance(1);
    clock.advance(500);
    expect(fired).toEqual(['a']);
    expect(clock.pending()).toBe(0);
  });

  it('timers due together fire in the order of their times', () => {
    const clock = manualClock();
    const fired: number[] = [];
    clock.after(30, () => fired.push(30));
    clock.after(10, () => fired.push(10));
    clock.advance(40);
    expect(fired).toEqual([10, 30]);
  });

  it('a frame runs at the next advance with the new time; one requested inside waits for the one after', () => {
    const clock = manualClock();
    const times: number[] = [];
    clock.frame((now) => {
      times.push(now);
      clock.frame((later) => times.push(later));
    });
    clock.advance(16);
    expect(times).toEqual([16]);
    clock.advance(16);
    expect(times).toEqual([16, 32]);
  });
});
