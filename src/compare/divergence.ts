import { setup } from '../engine/setup';
import { applyOp } from '../engine/step';
import type { Timeline } from '../engine/timeline';
import type { EngineState } from '../engine/types';
import { firstChunkDifference, type ChunkDifference } from './chunkDifference';
import { sameConfig } from './configDifference';

/** Per-op flags of a comparison (index = op index = trace step). */
export const STEP_SAME = 0;
/** Both sides ran the op; their outcomes differ (chunk, offset, or failure reason) but neither alone fails. */
export const STEP_DIFFERENT = 1;
/** The left side's op fails and the right side's succeeds. */
export const STEP_LEFT_FAILS = 2;
export const STEP_RIGHT_FAILS = 3;
/** The left side never ran this op (its kernel crashed earlier or did not boot); the right did. */
export const STEP_LEFT_MISSING = 4;
export const STEP_RIGHT_MISSING = 5;
export type StepFlag = 0 | 1 | 2 | 3 | 4 | 5;

export type Side = 'left' | 'right';

/** What differs at the first divergence. */
export type DivergenceWhy =
  | { kind: 'boot'; left: string | null; right: string | null }
  | { kind: 'outcome'; field: 'ran' | 'ok' | 'error' | 'chunk' | 'offset' }
  | { kind: 'chunks'; difference: ChunkDifference };

export interface Divergence {
  /** The first op (trace step) whose outcome or resulting chunk summaries differ; null if none does. */
  firstStep: number | null;
  /** The stepper position showing the first difference: 0 when the boots already differ, else firstStep + 1. */
  firstView: number | null;
  /** What differs at firstView. */
  why: DivergenceWhy | null;
  /** The two boots differ before any op (one fails, or the setup chunks differ). */
  setupDiffers: boolean;
  /** One flag per op index that either side ran (length = the longer side's length). */
  flags: Uint8Array;
  /** How many ops fail on one side only (including the step where only one kernel crashes). */
  oneSidedFailures: number;
  crashed: { left: boolean; right: boolean };
  /** The side that ran fewer steps (it crashed earlier or did not boot), or null. */
  shorter: Side | null;
}

/** The flag of op i, from the two timelines' compact outcomes only (no state is rebuilt). */
export function stepFlag(left: Timeline, right: Timeline, i: number): StepFlag {
  const ranLeft = i < left.length;
  const ranRight = i < right.length;
  if (!ranLeft) return ranRight ? STEP_LEFT_MISSING : STEP_SAME;
  if (!ranRight) return STEP_RIGHT_MISSING;
  const okLeft = left.succeeded(i);
  const okRight = right.succeeded(i);
  if (okLeft !== okRight) return okLeft ? STEP_RIGHT_FAILS : STEP_LEFT_FAILS;
  if (!okLeft) return left.error(i) === right.error(i) ? STEP_SAME : STEP_DIFFERENT;
  // Only a successful alloc has a chunk and an offset.
  if (left.ops[i]!.op !== 'alloc') return STEP_SAME;
  const a = left.outcome(i);
  const b = right.outcome(i);
  return a.chunk === b.chunk && a.offset === b.offset ? STEP_SAME : STEP_DIFFERENT;
}

function outcomeField(left: Timeline, right: Timeline, i: number): DivergenceWhy {
  if (i >= left.length || i >= right.length) return { kind: 'outcome', field: 'ran' };
  if (left.succeeded(i) !== right.succeeded(i)) return { kind: 'outcome', field: 'ok' };
  if (left.error(i) !== right.error(i)) return { kind: 'outcome', field: 'error' };
  return { kind: 'outcome', field: left.outcome(i).chunk !== right.outcome(i).chunk ? 'chunk' : 'offset' };
}

function bootState(timeline: Timeline): EngineState | null {
  const boot = setup(timeline.config);
  return boot.ok ? boot.state : null;
}

/**
 * Where two runs of the same ops on different configs first part ways.
 *
 * Outcomes are compared first, from the timelines' compact per-step records; that gives a
 * candidate step. Chunk summaries can differ earlier than any outcome (a raised early size
 * changes free sizes from boot on), so the states are then replayed side by side from boot,
 * but only up to that candidate. Identical configs are never replayed.
 */
export function divergence(left: Timeline, right: Timeline): Divergence {
  const n = Math.max(left.length, right.length);
  const flags = new Uint8Array(n);
  let firstOutcome = -1;
  let oneSidedFailures = 0;
  for (let i = 0; i < n; i++) {
    const flag = stepFlag(left, right, i);
    flags[i] = flag;
    if (flag !== STEP_SAME && firstOutcome < 0) firstOutcome = i;
    if (flag === STEP_LEFT_FAILS || flag === STEP_RIGHT_FAILS) oneSidedFailures++;
  }

  let setupDiffers = false;
  let why: DivergenceWhy | null = null;
  let firstStep: number | null = null;

  if (left.setupError !== null || right.setupError !== null) {
    setupDiffers = left.setupError !== right.setupError;
    if (setupDiffers) why = { kind: 'boot', left: left.setupError, right: right.setupError };
  } else if (!(left.ops === right.ops && sameConfig(left.config, right.config))) {
    const a = bootState(left)!;
    const b = bootState(right)!;
    const atBoot = firstChunkDifference(a, b);
    if (atBoot) {
      setupDiffers = true;
      why = { kind: 'chunks', difference: atBoot };
    }
    const limit = firstOutcome < 0 ? Math.min(left.length, right.length) : firstOutcome;
    for (let i = 0; i < limit; i++) {
      applyOp(a, i, left.ops[i]!, null);
      applyOp(b, i, right.ops[i]!, null);
      const difference = firstChunkDifference(a, b);
      if (difference) {
        firstStep = i;
        why ??= { kind: 'chunks', difference };
        break;
      }
    }
  }
  if (firstStep === null && firstOutcome >= 0) {
    firstStep = firstOutcome;
    why ??= outcomeField(left, right, firstOutcome);
  }

  return {
    firstStep,
    firstView: setupDiffers ? 0 : firstStep === null ? null : firstStep + 1,
    why,
    setupDiffers,
    flags,
    oneSidedFailures,
    crashed: { left: left.crashed, right: right.crashed },
    shorter: left.length < right.length ? 'left' : right.length < left.length ? 'right' : null,
  };
}
