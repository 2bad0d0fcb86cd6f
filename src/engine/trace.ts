import { mapUsed } from './chunkArea';
import { setup } from './setup';
import { chunkSlot } from './slots';
import { applyOp } from './step';
import type { Trace, TraceChunk, TraceChunkSummary, TraceStep } from './traceTypes';
import type { Chunk, Config, EngineState, Layout, Op, StepOutcome } from './types';

export function traceChunk(state: EngineState, chunk: Chunk): TraceChunk {
  const populated: [number, number][] = [];
  for (let i = 0; i < chunk.populated.length; i += 2) populated.push([chunk.populated[i]!, chunk.populated[i + 1]!]);
  return {
    id: chunk.id,
    role: chunk.role,
    map: chunk.map.slice(),
    mapUsed: mapUsed(chunk),
    mapAlloc: chunk.mapAlloc,
    mapStorage: chunk.mapStorage,
    contigHint: chunk.contigHint,
    freeSize: chunk.freeSize,
    slot: chunkSlot(state, chunk),
    populated,
  };
}

export function chunkSummary(state: EngineState, chunk: Chunk): TraceChunkSummary {
  return {
    id: chunk.id,
    mapUsed: mapUsed(chunk),
    mapAlloc: chunk.mapAlloc,
    contigHint: chunk.contigHint,
    freeSize: chunk.freeSize,
    slot: chunkSlot(state, chunk),
  };
}

export function traceStep(state: EngineState, outcome: StepOutcome): TraceStep {
  return { ...outcome, chunks: state.chunks.map((c) => chunkSummary(state, c)) };
}

/** Copy of the layout with keys in the contract's order. */
function orderedLayout(layout: Layout): Layout {
  const { staticSize, reservedSize, dynSize, unitSize, atomSize, allocSize, upa, unitMap, unitOffsets, nrSlots } = layout;
  const groups = layout.groups.map(({ baseOffset, nrUnits, cpuMap }) => ({ baseOffset, nrUnits, cpuMap }));
  return { staticSize, reservedSize, dynSize, unitSize, atomSize, allocSize, upa, groups, unitMap, unitOffsets, nrSlots };
}

export interface TraceParts {
  setup: Trace['setup'];
  /** Yields each step as it is computed, so huge traces need not sit in memory. */
  steps: () => Generator<TraceStep, { slabAvailable: boolean; chunks: TraceChunk[] }>;
}

/**
 * A scenario run for writing its trace without building step objects: the setup part, and
 * a stepper that applies the next op and hands back the live state (valid until the next
 * call) with the op's record; null when the run is over.
 */
export interface TraceRun {
  setup: Trace['setup'];
  state: EngineState | null;
  next: () => StepOutcome | null;
  final: () => Trace['final'];
}

export function traceRun(config: Config, ops: Op[]): TraceRun {
  const boot = setup(config);
  if (!boot.ok) {
    return {
      setup: { ok: false, error: boot.error, layout: null, dmesg: [], chunks: [] },
      state: null,
      next: () => null,
      final: () => ({ slabAvailable: false, chunks: [] }),
    };
  }
  const { state } = boot;
  let i = 0;
  return {
    setup: {
      ok: true,
      error: null,
      layout: orderedLayout(state.layout),
      dmesg: boot.dmesg,
      chunks: state.chunks.map((c) => traceChunk(state, c)),
    },
    state,
    next: () => {
      if (i >= ops.length || state.halted) return null;
      const outcome = applyOp(state, i, ops[i]!, null);
      i++;
      return outcome;
    },
    final: () => ({ slabAvailable: state.slabAvailable, chunks: state.chunks.map((c) => traceChunk(state, c)) }),
  };
}

/** Runs a scenario, producing the trace piece by piece. */
export function traceParts(config: Config, ops: Op[]): TraceParts {
  const boot = setup(config);
  if (!boot.ok) {
    return {
      setup: { ok: false, error: boot.error, layout: null, dmesg: [], chunks: [] },
      // eslint-disable-next-line require-yield -- a failed setup has no steps
      steps: function* () {
        return { slabAvailable: false, chunks: [] };
      },
    };
  }
  const { state } = boot;
  return {
    setup: {
      ok: true,
      error: null,
      layout: orderedLayout(state.layout),
      dmesg: boot.dmesg,
      chunks: state.chunks.map((c) => traceChunk(state, c)),
    },
    steps: function* () {
      for (let i = 0; i < ops.length && !state.halted; i++) {
        const outcome = applyOp(state, i, ops[i]!, null);
        yield traceStep(state, outcome);
      }
      return { slabAvailable: state.slabAvailable, chunks: state.chunks.map((c) => traceChunk(state, c)) };
    },
  };
}

/** The whole trace as one object (fine for scenarios of ordinary size). */
export function buildTrace(config: Config, ops: Op[]): Trace {
  const parts = traceParts(config, ops);
  const steps: TraceStep[] = [];
  const iterator = parts.steps();
  for (let r = iterator.next(); ; r = iterator.next()) {
    if (r.done) return { format: 'percpu-trace', version: 1, setup: parts.setup, steps, final: r.value };
    steps.push(r.value);
  }
}

export function indent(json: string, spaces: number): string {
  return json.replace(/\n/g, '\n' + ' '.repeat(spaces));
}

/**
 * The trace exactly as `JSON.stringify(trace, null, 2) + "\n"` would print it, written in
 * pieces so a 100,000-step trace never exists as one string.
 */
export function* serializeTrace(config: Config, ops: Op[]): Generator<string> {
  const parts = traceParts(config, ops);
  yield `{\n  "format": "percpu-trace",\n  "version": 1,\n  "setup": ${indent(JSON.stringify(parts.setup, null, 2), 2)},\n  "steps": [`;
  const iterator = parts.steps();
  let first = true;
  for (let r = iterator.next(); ; r = iterator.next()) {
    if (r.done) {
      yield first ? '],\n' : '\n  ],\n';
      yield `  "final": ${indent(JSON.stringify(r.value, null, 2), 2)}\n}\n`;
      return;
    }
    yield `${first ? '' : ','}\n    ${indent(JSON.stringify(r.value, null, 2), 4)}`;
    first = false;
  }
}
