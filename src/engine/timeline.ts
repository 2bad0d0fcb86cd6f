import type { LeakedMap } from './context';
import type { DmesgKind, DmesgLine } from './dmesg';
import type { EngineEvent } from './events';
import { freeze, stateWeight, thaw, type Keyframe } from './keyframe';
import { setup } from './setup';
import { cloneState } from './snapshot';
import { LiveAllocs } from './liveAllocs';
import { applyOp } from './step';
import type { Config, EngineState, FailureReason, Op, StepOutcome } from './types';

const FAILURE_CODES: (FailureReason | null)[] = [
  null,
  'illegal size or align',
  'alloc from reserved chunk failed',
  'failed to extend area map of reserved chunk',
  'failed to extend area map',
  'failed to allocate new chunk',
  'failed to populate',
  'kernel crash',
];

/**
 * Keyframes at least this many steps apart: a step costs a microsecond or two, so a seek
 * replays a few milliseconds at most, and keyframes stay few: after each one, every leaf
 * written to is copied once, and at 512 those copies were about 6% of a replay...
 */
const MIN_KEYFRAME_SPACING = 1024;
/** ...and further apart when states are big, so keyframe memory stays bounded. */
const ENTRIES_PER_SPACING_STEP = 200;
/** Seeks rebuild live allocations from the nearest checkpoint, at least this many steps apart. */
const LIVE_CHECKPOINT_SPACING = 8192;
/**
 * Inside the keyframe interval a seek last replayed, the cursor leaves a frame every this
 * many steps, so stepping backwards one step at a time replays at most this many steps
 * instead of half an interval on average. Only one interval's frames are kept.
 */
const LOCAL_FRAME_SPACING = 64;

/** An old map the run leaked (allocator.md §6.4 step 5), after `step` steps (the op is step - 1). */
export interface LeakRecord extends LeakedMap {
  step: number;
}

export interface StepView {
  /** Steps applied: 0 is the state right after setup. */
  step: number;
  state: EngineState;
  /** The record of the op that produced this state (null at step 0). */
  outcome: StepOutcome | null;
  /** What happened inside that op (empty at step 0). */
  events: EngineEvent[];
}

/**
 * A scenario run once, with compact per-step results and keyframes for fast seeking.
 * Deterministic: the same config and ops always give the same states.
 */
export class Timeline {
  readonly config: Config;
  readonly ops: readonly Op[];
  readonly setupError: string | null;
  readonly setupDmesg: readonly string[];
  /** Steps that ran: ops.length, or fewer when the kernel crashed. */
  readonly length: number;

  private readonly ok: Uint8Array;
  private readonly errors: Uint8Array;
  private readonly chunkIds: Int32Array;
  private readonly offsets: Int32Array;
  /** dmesg lines of step i are dmesgLines[dmesgStart[i] .. dmesgStart[i + 1]). */
  private readonly dmesgStart: Int32Array;
  private readonly dmesgLines: string[];
  /** The kind of each of dmesgLines, as the engine printed it. */
  private readonly dmesgKinds: DmesgKind[];
  private readonly keyframes: { step: number; frame: Keyframe }[] = [];
  /** Every old map the run leaked, in step order, recorded as it ran (no replay needed). */
  private readonly leakRecords: LeakRecord[] = [];
  /** Live allocations every LIVE_CHECKPOINT_SPACING steps, flat [op, chunk, offset, ...] in Map order. */
  private readonly liveCheckpoints: { step: number; live: Int32Array }[] = [];
  private cursor: { step: number; state: EngineState } | null = null;
  /** Frames the cursor left inside the keyframe interval starting at `base`, by step. */
  private local: { base: number; frames: { step: number; frame: Keyframe }[] } = { base: -1, frames: [] };

  constructor(config: Config, ops: readonly Op[]) {
    this.config = config;
    this.ops = ops;
    const n = ops.length;
    this.ok = new Uint8Array(n);
    this.errors = new Uint8Array(n);
    this.chunkIds = new Int32Array(n).fill(-1);
    this.offsets = new Int32Array(n).fill(-1);
    this.dmesgStart = new Int32Array(n + 1);
    this.dmesgLines = [];
    this.dmesgKinds = [];

    const boot = setup(config);
    if (!boot.ok) {
      this.setupError = boot.error;
      this.setupDmesg = [];
      this.length = 0;
      return;
    }
    this.setupError = null;
    this.setupDmesg = boot.dmesg;
    const state = boot.state;
    this.keyframes.push({ step: 0, frame: freeze(state) });
    let sinceKeyframe = 0;
    let i = 0;
    const leaked: LeakedMap[] = [];
    for (; i < n && !state.halted; i++) {
      this.record(i, applyOp(state, i, ops[i]!, null, this.dmesgKinds, leaked));
      if (leaked.length > 0) {
        for (const map of leaked) this.leakRecords.push({ ...map, step: i + 1 });
        leaked.length = 0;
      }
      sinceKeyframe++;
      // The weight is only worth computing once the minimum spacing is reached (it walks every chunk).
      if (sinceKeyframe >= MIN_KEYFRAME_SPACING && sinceKeyframe >= stateWeight(state) / ENTRIES_PER_SPACING_STEP) {
        this.keyframes.push({ step: i + 1, frame: freeze(state) });
        const last = this.liveCheckpoints[this.liveCheckpoints.length - 1];
        if (i + 1 - (last?.step ?? 0) >= LIVE_CHECKPOINT_SPACING)
          this.liveCheckpoints.push({ step: i + 1, live: state.live.toFlat() });
        sinceKeyframe = 0;
      }
    }
    this.length = i;
    this.dmesgStart.fill(this.dmesgLines.length, i);
    this.cursor = { step: i, state };
  }

  private record(i: number, outcome: StepOutcome): void {
    this.ok[i] = outcome.ok ? 1 : 0;
    this.errors[i] = outcome.error === null ? 0 : FAILURE_CODES.indexOf(outcome.error);
    if (outcome.chunk !== null) this.chunkIds[i] = outcome.chunk;
    if (outcome.offset !== null) this.offsets[i] = outcome.offset;
    this.dmesgStart[i] = this.dmesgLines.length;
    for (const line of outcome.dmesg) this.dmesgLines.push(line);
  }

  get crashed(): boolean {
    return this.length > 0 && this.errors[this.length - 1] === FAILURE_CODES.indexOf('kernel crash');
  }

  /** The trace record of step i (0-based op index), without chunk summaries. */
  outcome(i: number): StepOutcome {
    const chunk = this.chunkIds[i]!;
    const offset = this.offsets[i]!;
    return {
      index: i,
      op: this.ops[i]!.op,
      ok: this.ok[i] === 1,
      chunk: chunk < 0 ? null : chunk,
      offset: offset < 0 ? null : offset,
      error: FAILURE_CODES[this.errors[i]!]!,
      dmesg: this.dmesgLines.slice(this.dmesgStart[i], this.dmesgStart[i + 1]),
    };
  }

  succeeded(i: number): boolean {
    return this.ok[i] === 1;
  }

  error(i: number): FailureReason | null {
    return FAILURE_CODES[this.errors[i]!]!;
  }

  /** Whether step i printed anything (a warning or a failure line). */
  logged(i: number): boolean {
    return this.dmesgStart[i + 1]! > this.dmesgStart[i]!;
  }

  /** The lines step i (0-based op index) printed, each with its kind. */
  dmesgOf(i: number): DmesgLine[] {
    const out: DmesgLine[] = [];
    if (i < 0 || i >= this.length) return out;
    for (let j = this.dmesgStart[i]!; j < this.dmesgStart[i + 1]!; j++) {
      out.push({ text: this.dmesgLines[j]!, kind: this.dmesgKinds[j]! });
    }
    return out;
  }

  /** Setup's lines, each of kind 'setup'. */
  setupLines(): DmesgLine[] {
    return this.setupDmesg.map((text) => ({ text, kind: 'setup' }));
  }

  /** Setup lines then the lines of steps 0 .. step-1, with the step that printed each and its kind. */
  dmesgUpTo(step: number): { line: string; step: number | null; kind: DmesgKind }[] {
    const out: { line: string; step: number | null; kind: DmesgKind }[] = this.setupDmesg.map((line) => ({
      line,
      step: null,
      kind: 'setup',
    }));
    for (let i = 0; i < Math.min(step, this.length); i++) {
      for (let j = this.dmesgStart[i]!; j < this.dmesgStart[i + 1]!; j++)
        out.push({ line: this.dmesgLines[j]!, step: i, kind: this.dmesgKinds[j]! });
    }
    return out;
  }

  /**
   * The live allocations after `step` steps, rebuilt from the per-step records in the same
   * insertion order the engine used: successful allocs add, frees delete.
   */
  private liveAt(step: number): EngineState['live'] {
    const live = new LiveAllocs(step);
    let from = 0;
    for (const checkpoint of this.liveCheckpoints) {
      if (checkpoint.step > step) break;
      from = checkpoint.step;
    }
    const checkpoint = this.liveCheckpoints.find((c) => c.step === from);
    if (checkpoint) {
      const flat = checkpoint.live;
      for (let k = 0; k < flat.length; k += 3) live.put(flat[k]!, flat[k + 1]!, flat[k + 2]!);
    }
    for (let i = from; i < step; i++) {
      const op = this.ops[i]!;
      if (op.op === 'alloc') {
        if (this.ok[i] === 1) live.put(i, this.chunkIds[i]!, this.offsets[i]!);
      } else if (op.op === 'free') live.delete(op.alloc);
    }
    return live;
  }

  /**
   * Moves the private cursor to `step` (0..length): onward from where it is, else from the
   * nearest frame at or before it (a keyframe, or a frame the cursor left in that interval).
   */
  private moveCursor(step: number): EngineState {
    const target = Math.max(0, Math.min(step, this.length));
    let lo = 0;
    let hi = this.keyframes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.keyframes[mid]!.step <= target) lo = mid;
      else hi = mid - 1;
    }
    const keyframe = this.keyframes[lo]!;
    if (this.local.base !== keyframe.step) this.local = { base: keyframe.step, frames: [] };
    const frames = this.local.frames;
    let start = keyframe;
    for (let k = frames.length - 1; k >= 0; k--) {
      if (frames[k]!.step <= target) {
        start = frames[k]!;
        break;
      }
    }
    if (!this.cursor || this.cursor.step > target || this.cursor.step < start.step) {
      this.cursor = { step: start.step, state: thaw(start.frame, this.liveAt(start.step)) };
    }
    const cursor = this.cursor;
    while (cursor.step < target) {
      applyOp(cursor.state, cursor.step, this.ops[cursor.step]!, null);
      cursor.step++;
      const since = cursor.step - keyframe.step;
      if (since % LOCAL_FRAME_SPACING === 0 && cursor.step < this.length) this.leaveFrame(cursor.step, cursor.state);
    }
    return cursor.state;
  }

  /** Keeps a frame of the cursor's state in the current interval, in step order, once. */
  private leaveFrame(step: number, state: EngineState): void {
    const frames = this.local.frames;
    let at = frames.length;
    while (at > 0 && frames[at - 1]!.step >= step) at--;
    if (frames[at]?.step === step) return;
    frames.splice(at, 0, { step, frame: freeze(state) });
  }

  /** The state after `step` steps, with the events of the op that produced it. A fresh copy. */
  view(step: number): StepView {
    if (this.setupError !== null) throw new Error('no states: setup failed');
    const target = Math.max(0, Math.min(step, this.length));
    if (target === 0) return { step: 0, state: cloneState(this.moveCursor(0)), outcome: null, events: [] };
    const state = this.moveCursor(target - 1);
    const events: EngineEvent[] = [];
    const outcome = applyOp(state, target - 1, this.ops[target - 1]!, events);
    this.cursor!.step = target;
    return { step: target, state: cloneState(state), outcome, events };
  }

  /** The state after `step` steps (a fresh copy). */
  stateAt(step: number): EngineState {
    return cloneState(this.moveCursor(step));
  }

  /** The old maps the run leaked, in step order. */
  get leaks(): readonly LeakRecord[] {
    return this.leakRecords;
  }

  get keyframeCount(): number {
    return this.keyframes.length;
  }
}
