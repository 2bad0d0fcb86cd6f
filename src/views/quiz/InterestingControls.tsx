import { useState } from 'react';
import type { Timeline } from '../../engine/timeline';
import { interestingSteps, nextInteresting, type InterestingStep } from '../../quiz/interesting';
import { useExplorerStore } from '../storeContext';

const cache = new WeakMap<Timeline, InterestingStep[]>();
/** Computed on first use only (it replays every step), then kept per timeline. */
function stepsOf(timeline: Timeline): InterestingStep[] {
  let list = cache.get(timeline);
  if (!list) cache.set(timeline, (list = interestingSteps(timeline)));
  return list;
}

/** "Skip to the next interesting step", and a random pick among them (a class's warm-up). */
export function InterestingControls({ timeline, step }: { timeline: Timeline; step: number }) {
  const store = useExplorerStore();
  const [said, setSaid] = useState<string | null>(null);
  const go = (target: InterestingStep | null, how: string) => {
    if (!target) {
      setSaid('No interesting step after this one.');
      return;
    }
    store.getState().setStep(target.step);
    setSaid(`${how} op #${target.step}: ${target.reason}.`);
  };
  return (
    <div className="quiz-interesting" role="group" aria-label="Interesting steps">
      <button type="button" onClick={() => go(nextInteresting(stepsOf(timeline), step), 'Skipped to')}>
        Skip to the next interesting step
      </button>
      <button
        type="button"
        onClick={() => {
          const list = stepsOf(timeline).filter((s) => s.step !== step);
          // Views may use Math.random; only the engine must stay deterministic.
          go(list.length > 0 ? list[Math.floor(Math.random() * list.length)]! : null, 'Picked at random:');
        }}
      >
        Random interesting step
      </button>
      {said && (
        <span role="status" data-testid="quiz-interesting-status">
          {said}
        </span>
      )}
    </div>
  );
}
