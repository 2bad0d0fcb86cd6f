/** Small helpers for driving the engine step by step in tests. */
import { expect } from 'vitest';
import { setup } from '../../src/engine/setup';
import { chunkSlot } from '../../src/engine/slots';
import { cloneState } from '../../src/engine/snapshot';
import { applyOp } from '../../src/engine/step';
import type { AllocOp, Chunk, Config, EngineState, FreeOp, Op, StepOutcome } from '../../src/engine/types';
import { withDefaults } from '../../src/scenario/defaults';

/** A full config: formats.md defaults overridden by the fields given. */
export function config(overrides: Partial<Config> = {}): Config {
  return withDefaults(overrides);
}

export const alloc = (size: number, align: number, extra: Partial<AllocOp> = {}): AllocOp => ({
  op: 'alloc',
  size,
  align,
  ...extra,
});
export const free = (index: number): FreeOp => ({ op: 'free', alloc: index });
export const slabOnline: Op = { op: 'slab-online' };
export const mark = (label: string): Op => ({ op: 'mark', label });

/** n copies of an op. */
export const times = <T>(n: number, op: T): T[] => Array.from({ length: n }, () => op);

export interface Boot {
  state: EngineState;
  dmesg: string[];
  returnedBytes: number;
}

/** setup() that must succeed. */
export function boot(cfg: Config): Boot {
  const result = setup(cfg);
  if (!result.ok) throw new Error(`setup failed: ${result.error}`);
  return result;
}

export interface Run extends Boot {
  /** states[k] is the state after k steps (states[0] right after setup). */
  states: EngineState[];
  outcomes: StepOutcome[];
  /** The state after the last step that ran. */
  final: EngineState;
}

/** setup() then applyOp() for every op until the end or a crash, keeping a copy of every state. */
export function run(cfg: Config, ops: readonly Op[]): Run {
  const booted = boot(cfg);
  const states = [cloneState(booted.state)];
  const outcomes: StepOutcome[] = [];
  const state = booted.state;
  for (let i = 0; i < ops.length && !state.halted; i++) {
    outcomes.push(applyOp(state, i, ops[i]!, null));
    states.push(cloneState(state));
  }
  return { ...booted, states, outcomes, final: states[states.length - 1]! };
}

export function chunkOf(state: EngineState, id: number): Chunk {
  const chunk = state.chunks.find((c) => c.id === id);
  expect(chunk, `chunk ${id} exists`).toBeDefined();
  return chunk!;
}

/** The spec's table columns for one chunk: map, free, contig, slot. */
export function row(state: EngineState, id: number): { map: number[]; free: number; contig: number; slot: number } {
  const c = chunkOf(state, id);
  return { map: c.map, free: c.freeSize, contig: c.contigHint, slot: chunkSlot(state, c) };
}

/** Non-empty slot lists, head first, as the spec writes them ("9:[0, 1] 12:[2]"). */
export function lists(state: EngineState): Record<number, number[]> {
  const out: Record<number, number[]> = {};
  state.slots.forEach((list, slot) => {
    if (list.length) out[slot] = list;
  });
  return out;
}

/** Populated page ranges as [start, end) pairs. */
export function pages(state: EngineState, id: number): [number, number][] {
  const flat = chunkOf(state, id).populated;
  const out: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

/** `[-base, -size × count, rest]`: the spec's shorthand for runs of equal allocations. */
export function repeatedMap(base: number, size: number, count: number, rest: number): number[] {
  return [-base, ...times(count, -size), rest];
}
