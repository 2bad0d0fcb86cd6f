import type { Timeline } from '../engine/timeline';
import { isQuestionStep } from './question';

/** Why a question is worth a class's time. */
export type InterestReason = 'fails' | 'map grows' | 'new chunk' | 'first after slab' | 'after a reclaim';

export interface InterestingStep {
  step: number;
  reason: InterestReason;
}

/**
 * The questions (allocation steps) where something happens beyond a plain first fit: the
 * allocation fails, grows a map, creates a chunk, is the first once slab is online, or comes
 * right after a reclaim destroyed chunks. In step order.
 */
export function interestingSteps(timeline: Timeline): InterestingStep[] {
  const out: InterestingStep[] = [];
  if (timeline.setupError !== null) return out;
  let slabJustCame = false;
  let reclaimed = false;
  for (let k = 0; k < timeline.length; k++) {
    const events = timeline.view(k + 1).events;
    if (!isQuestionStep(timeline, k)) {
      if (events.some((e) => e.kind === 'slab-online')) slabJustCame = true;
      if (events.some((e) => e.kind === 'reclaim' || e.kind === 'chunk-destroyed')) reclaimed = true;
      continue;
    }
    const reason: InterestReason | null = !timeline.outcome(k).ok
      ? 'fails'
      : events.some((e) => e.kind === 'chunk-created')
        ? 'new chunk'
        : events.some((e) => e.kind === 'map-extended')
          ? 'map grows'
          : slabJustCame
            ? 'first after slab'
            : reclaimed
              ? 'after a reclaim'
              : null;
    if (reason) out.push({ step: k, reason });
    slabJustCame = false;
    reclaimed = false;
  }
  return out;
}

/** The first interesting question after `step`, or null. */
export function nextInteresting(list: readonly InterestingStep[], step: number): InterestingStep | null {
  return list.find((s) => s.step > step) ?? null;
}
