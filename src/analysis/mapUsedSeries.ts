import { mapUsed } from '../engine/chunkArea';
import { setup } from '../engine/setup';
import { applyOp } from '../engine/step';
import type { ChunkRole, Config, EngineState, Op } from '../engine/types';
import { slabOnlineStep } from '../model/slabOnline';

/** map_used and map_alloc of one first-chunk structure after each step (index k = after k ops). */
export interface StructureSeries {
  id: number;
  role: Exclude<ChunkRole, 'dynamic'>;
  mapUsed: number[];
  mapAlloc: number[];
}

export interface MapUsedSeries {
  ok: true;
  /** Ops that ran (fewer than the scenario's when it crashed); each series has steps + 1 points. */
  steps: number;
  structures: StructureSeries[];
  /** Total map entries over the created chunks alive after each step. */
  createdEntries: number[];
  /** The early map's capacity (earlySlots) with early allocation support, else null. */
  earlySlots: number | null;
  /** The first step whose state has slab online (slab-online op index + 1), or null. */
  slabOnlineStep: number | null;
}

export type MapUsedResult = MapUsedSeries | { ok: false; error: string };

function record(state: EngineState, series: StructureSeries[], createdEntries: number[]): void {
  let created = 0;
  for (const chunk of state.chunks) {
    if (chunk.role === 'dynamic') created += mapUsed(chunk);
  }
  createdEntries.push(created);
  // First-chunk structures are never destroyed, so each is found by its id at every step.
  for (const s of series) {
    const chunk = state.chunks.find((c) => c.id === s.id)!;
    s.mapUsed.push(mapUsed(chunk));
    s.mapAlloc.push(chunk.mapAlloc);
  }
}

/** Replays the whole scenario once, sampling the first-chunk maps after every step. */
export function mapUsedSeries(config: Config, ops: readonly Op[]): MapUsedResult {
  const boot = setup(config);
  if (!boot.ok) return { ok: false, error: boot.error };
  const { state } = boot;
  const structures: StructureSeries[] = state.chunks
    .filter((c) => c.role !== 'dynamic')
    .map((c) => ({ id: c.id, role: c.role as StructureSeries['role'], mapUsed: [], mapAlloc: [] }));
  const createdEntries: number[] = [];
  record(state, structures, createdEntries);
  let i = 0;
  for (; i < ops.length && !state.halted; i++) {
    applyOp(state, i, ops[i]!, null);
    record(state, structures, createdEntries);
  }
  return {
    ok: true,
    steps: i,
    structures,
    createdEntries,
    earlySlots: config.earlyAlloc ? config.earlySlots : null,
    slabOnlineStep: slabOnlineStep(ops, i),
  };
}
