import type { EngineEvent } from '../../engine/events';

/**
 * What the step's transitions draw beyond the new state (pure: read from the step's events).
 * A merge: the freed area, the hole it became with its free neighbours, and the seams that
 * closed (where the freed area met them). The state is drawn at once; these only animate.
 */
export interface MergeMotion {
  chunk: number;
  /** The area freed, [start, end). */
  freed: [number, number];
  /** The free hole after merging, [start, end). */
  hole: [number, number];
  /** Offsets of the boundaries the merge removed. */
  seams: number[];
}

export function mergesOf(events: readonly EngineEvent[]): MergeMotion[] {
  const out: MergeMotion[] = [];
  let current: MergeMotion | null = null;
  for (const e of events) {
    if (e.kind === 'freed') {
      current = {
        chunk: e.chunk,
        freed: [e.offset, e.offset + e.size],
        hole: [e.offset, e.offset + e.size],
        seams: [],
      };
    } else if (e.kind === 'merged' && current && current.chunk === e.chunk) {
      if (e.side === 'previous') {
        current.seams.push(current.freed[0]);
        current.hole = [current.hole[0] - e.bytes, current.hole[1]];
      } else {
        current.seams.push(current.freed[1]);
        current.hole = [current.hole[0], current.hole[1] + e.bytes];
      }
      if (!out.includes(current)) out.push(current);
    }
  }
  return out;
}

/** The chunks the step destroyed (reclaim), which fold away. */
export const goneChunks = (events: readonly EngineEvent[]): number[] =>
  events.flatMap((e) => (e.kind === 'chunk-destroyed' ? [e.chunk] : []));

/**
 * The rows of the chunk list in id order: the live chunks and, where they stood, the ones
 * this step destroyed (drawn folding away).
 */
export function rowOrder(live: readonly number[], gone: readonly number[]): { id: number; gone: boolean }[] {
  const rows = [...live.map((id) => ({ id, gone: false })), ...gone.map((id) => ({ id, gone: true }))];
  return rows.sort((a, b) => a.id - b.id);
}
