import type { Timeline } from '../engine/timeline';
import type { Op } from '../engine/types';

export type OpStatus = 'ok' | 'failed' | 'warned' | 'not-reached' | 'neutral';

/** The label a person gave the op (shown as text), if any. */
export function opLabel(op: Op): string {
  return op.op === 'alloc' || op.op === 'mark' ? (op.label ?? '') : '';
}

/** What op i did, in a few words, and how it went. */
export function describeResult(timeline: Timeline, i: number, warned: boolean): { text: string; status: OpStatus } {
  if (i >= timeline.length) return { text: 'not reached', status: 'not-reached' };
  const op = timeline.ops[i]!;
  const outcome = timeline.outcome(i);
  if (!outcome.ok) return { text: `fails: ${outcome.error ?? 'unknown reason'}`, status: 'failed' };
  const status: OpStatus = warned ? 'warned' : 'ok';
  switch (op.op) {
    case 'alloc':
      return { text: `→ chunk ${outcome.chunk ?? '?'} @ ${outcome.offset ?? '?'}`, status };
    case 'free': {
      if (!timeline.succeeded(op.alloc)) return { text: 'frees a failed alloc: no-op', status: 'neutral' };
      const target = timeline.outcome(op.alloc);
      return { text: `← chunk ${target.chunk ?? '?'} @ ${target.offset ?? '?'}`, status };
    }
    case 'slab-online':
      return { text: 'slab_is_available() is true from here', status };
    case 'mark':
      return { text: '', status: 'neutral' };
  }
}
