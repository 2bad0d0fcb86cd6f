import { pcpuAlloc } from './alloc';
import { cloneState } from './snapshot';
import type { EngineEvent } from './events';
import type { LeakedMap, StepContext } from './context';
import type { DmesgKind } from './dmesg';
import { pcpuFree } from './free';
import { slabOnline } from './slabOnline';
import type { EngineState, Op, StepOutcome } from './types';

/**
 * Applies op number `index` to `state` in place and returns what the trace records for it.
 * Pass an events array to learn why; pass null on hot paths (replay, seeking). Pass `kinds`
 * to have the kind of each printed line appended to it (the trace records lines only), and
 * `leaks` to have every old map the step leaked appended to it.
 */
export function applyOp(
  state: EngineState,
  index: number,
  op: Op,
  events: EngineEvent[] | null,
  kinds: DmesgKind[] | null = null,
  leaks: LeakedMap[] | null = null,
): StepOutcome {
  if (state.halted) throw new Error('model bug: the kernel crashed; no step runs after it');
  const ctx: StepContext = { dmesg: [], events, kinds, leaks };
  const outcome: StepOutcome = { index, op: op.op, ok: true, chunk: null, offset: null, error: null, dmesg: ctx.dmesg };
  switch (op.op) {
    case 'alloc': {
      const result = pcpuAlloc(state, index, op, ctx);
      if (result.ok) {
        outcome.chunk = result.chunk;
        outcome.offset = result.offset;
      } else {
        outcome.ok = false;
        outcome.error = result.error;
      }
      break;
    }
    case 'free':
      if (pcpuFree(state, op.alloc, ctx) === 'crashed') {
        outcome.ok = false;
        outcome.error = 'kernel crash';
      }
      break;
    case 'slab-online':
      slabOnline(state, ctx);
      break;
    case 'mark':
      events?.push({ kind: 'mark', label: op.label });
      break;
  }
  return outcome;
}

/** The pure form: the state after the op, the trace record, and the events; `state` is untouched. */
export function step(
  state: EngineState,
  index: number,
  op: Op,
): { state: EngineState; outcome: StepOutcome; events: EngineEvent[] } {
  const next = cloneState(state);
  const events: EngineEvent[] = [];
  const outcome = applyOp(next, index, op, events);
  return { state: next, outcome, events };
}
