import {
  STEP_DIFFERENT,
  STEP_LEFT_FAILS,
  STEP_LEFT_MISSING,
  STEP_RIGHT_FAILS,
  STEP_RIGHT_MISSING,
  STEP_SAME,
  type Divergence,
  type Side,
  type StepFlag,
} from '.';
import type { DmesgLine } from '../engine/dmesg';
import type { StepView, Timeline } from '../engine/timeline';
import type { Op, StepOutcome } from '../engine/types';
import { describeOp } from '../scenario/describeOp';
import { opLabel } from '../model/opDescription';

/** What one side shows at a stepper position. */
export interface SideStep {
  /** The state drawn: the one at this position, or the side's last one when it stopped earlier. */
  view: StepView | null;
  /** This side never reached the position (its kernel crashed earlier). */
  stale: boolean;
  headline: string;
  /** The op's label, as text. */
  label: string;
  result: string;
  status: 'setup' | 'ok' | 'failed' | 'not-run' | 'no-boot';
  /** The lines printed at this position (setup's at step 0), with their kinds. */
  dmesg: readonly DmesgLine[];
}

function resultText(op: Op, outcome: StepOutcome): string {
  if (!outcome.ok) return `fails: ${outcome.error ?? 'unknown reason'}`;
  if (op.op === 'alloc') return `ok: chunk ${outcome.chunk ?? '?'}, offset ${outcome.offset ?? '?'}`;
  return 'ok';
}

/** The outcome text, log lines and state of one side at stepper position `step`. */
export function sideStep(timeline: Timeline, view: StepView | null, step: number): SideStep {
  if (timeline.setupError !== null) {
    return {
      view: null,
      stale: false,
      headline: 'Does not boot',
      label: '',
      result: timeline.setupError,
      status: 'no-boot',
      dmesg: [],
    };
  }
  if (step === 0) {
    return {
      view,
      stale: false,
      headline: 'After setup',
      label: '',
      result: 'no op has run yet',
      status: 'setup',
      dmesg: timeline.setupLines(),
    };
  }
  const i = step - 1;
  const op = timeline.ops[i];
  const headline = op ? `op ${i}: ${describeOp(op)}` : `step ${step}`;
  const label = op ? opLabel(op) : '';
  if (i >= timeline.length || !view?.outcome || !op) {
    return {
      view,
      stale: true,
      headline,
      label,
      result: `not run: this kernel crashed at step ${timeline.length}`,
      status: 'not-run',
      dmesg: [],
    };
  }
  return {
    view,
    stale: false,
    headline,
    label,
    result: resultText(op, view.outcome),
    status: view.outcome.ok ? 'ok' : 'failed',
    dmesg: timeline.dmesgOf(i),
  };
}

/** The flag of the op shown at `step` (none at setup). */
export function flagAt(diff: Divergence, step: number): StepFlag {
  return step > 0 && step - 1 < diff.flags.length ? (diff.flags[step - 1]! as StepFlag) : STEP_SAME;
}

/** Words for a side when the flag concerns it, or its partner. */
export function flagNote(flag: StepFlag, side: Side): string | null {
  switch (flag) {
    case STEP_DIFFERENT:
      return 'differs from the other side';
    case STEP_LEFT_FAILS:
      return side === 'left' ? 'fails here; the other side does not' : 'succeeds here; the other side fails';
    case STEP_RIGHT_FAILS:
      return side === 'right' ? 'fails here; the other side does not' : 'succeeds here; the other side fails';
    case STEP_LEFT_MISSING:
      return side === 'right' ? 'the other side’s kernel no longer runs' : null;
    case STEP_RIGHT_MISSING:
      return side === 'left' ? 'the other side’s kernel no longer runs' : null;
    default:
      return null;
  }
}
