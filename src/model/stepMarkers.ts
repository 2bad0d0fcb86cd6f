import type { Timeline } from '../engine/timeline';
import { slabOnlineStep } from './slabOnline';

/** A `mark` op, shown as a bookmark at the step right after it. */
export interface Bookmark {
  step: number;
  label: string;
}

/**
 * Where the interesting steps are. Steps count ops applied, so the op at index i is shown at
 * step i + 1. Only steps that ran are listed (nothing after a kernel crash).
 */
export interface StepMarkers {
  /** Steps whose op failed (including illegal requests and the crash). */
  failures: number[];
  /** Steps whose op printed a kernel WARNING (WARN_ON_ONCE, illegal size or align). */
  warnings: number[];
  /** Sorted steps that are a failure or a warning. */
  problems: number[];
  bookmarks: Bookmark[];
  /** Sorted steps that are a failure, a warning or a bookmark: what `[` and `]` visit. */
  events: number[];
  /** The step right after slab-online, when it ran. */
  slabOnline: number | null;
}

const cache = new WeakMap<Timeline, StepMarkers>();

function sortedUnion(...lists: number[][]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** One pass over the timeline (cached per timeline: 100,000 ops take a few milliseconds). */
export function stepMarkers(timeline: Timeline): StepMarkers {
  const cached = cache.get(timeline);
  if (cached) return cached;
  const failures: number[] = [];
  const warnings: number[] = [];
  const bookmarks: Bookmark[] = [];
  for (let i = 0; i < timeline.length; i++) {
    const op = timeline.ops[i]!;
    if (!timeline.succeeded(i)) failures.push(i + 1);
    // Only steps that printed something can carry a WARN; reading their lines is cheap.
    if (timeline.logged(i) && timeline.dmesgOf(i).some((line) => line.kind === 'warn')) {
      warnings.push(i + 1);
    }
    if (op.op === 'mark') bookmarks.push({ step: i + 1, label: op.label });
  }
  const problems = sortedUnion(failures, warnings);
  const markers: StepMarkers = {
    failures,
    warnings,
    problems,
    bookmarks,
    events: sortedUnion(
      problems,
      bookmarks.map((b) => b.step),
    ),
    slabOnline: slabOnlineStep(timeline.ops, timeline.length),
  };
  cache.set(timeline, markers);
  return markers;
}

/** The first entry of a sorted list greater than `step`, or null. */
export function nextAfter(sorted: readonly number[], step: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : null;
}

/** The last entry of a sorted list smaller than `step`, or null. */
export function lastBefore(sorted: readonly number[], step: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < step) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : null;
}
