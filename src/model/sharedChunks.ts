import type { StepView } from '../engine/timeline';
import type { Chunk, EngineState } from '../engine/types';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two chunks hold the same facts: every field equal, arrays element by element. */
export function sameChunk(a: Chunk, b: Chunk): boolean {
  if (a === b) return true;
  // Scalars first: a chunk the step touched almost always differs in its free bytes or map size,
  // and then its arrays need no walk.
  if (a.id !== b.id || a.freeSize !== b.freeSize || a.contigHint !== b.contigHint || a.mapAlloc !== b.mapAlloc) {
    return false;
  }
  // The arrays by name (whatever their property kind), then every other field there is.
  if (!sameValue(a.map, b.map) || !sameValue(a.owners, b.owners) || !sameValue(a.populated, b.populated)) return false;
  const keys = Object.keys(a) as (keyof Chunk)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (key !== 'map' && key !== 'owners' && key !== 'populated' && !sameValue(a[key], b[key])) return false;
  }
  return true;
}

/**
 * The next view with every chunk that did not change since `prev` replaced by `prev`'s own
 * object, so views memoised on a chunk skip it: a step usually changes one chunk of many. The
 * facts are the same either way (a view's state is read, never written).
 */
export function withSharedChunks(prev: StepView | null, next: StepView): StepView {
  if (!prev) return next;
  const before = new Map<number, Chunk>();
  for (const c of prev.state.chunks) before.set(c.id, c);
  let shared = 0;
  const chunks = next.state.chunks.map((c) => {
    const old = before.get(c.id);
    if (old && sameChunk(old, c)) {
      shared++;
      return old;
    }
    return c;
  });
  if (shared === 0) return next;
  const state: EngineState = { ...next.state, chunks };
  return { ...next, state };
}
