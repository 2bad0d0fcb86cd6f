import type { Op } from '../engine/types';
import { opWords } from '../scenario/describeOp';
import type { DivergenceWhy } from './divergence';

const FIELD_WORDS = {
  mapUsed: 'map entries in use',
  contigHint: 'contig hint',
  freeSize: 'free bytes',
  slot: 'slot',
} as const;

const OUTCOME_WORDS = {
  ran: 'one side no longer runs: its kernel crashed earlier',
  ok: 'the op fails on one side and succeeds on the other',
  error: 'the op fails on both sides, for different reasons',
  chunk: 'the allocation lands in different chunks',
  offset: 'the allocation lands at different offsets',
} as const;

/** One sentence on what differs at the first divergence (left = current scenario, right = compared). */
export function describeWhy(why: DivergenceWhy): string {
  switch (why.kind) {
    case 'boot':
      if (why.left === null) return `only the current scenario boots; the compared one does not: ${why.right ?? ''}`;
      if (why.right === null) return `only the compared configuration boots; the current one does not: ${why.left}`;
      return 'neither boots, for different reasons';
    case 'outcome':
      return OUTCOME_WORDS[why.field];
    case 'chunks': {
      const d = why.difference;
      if (d.field === 'exists') {
        return `chunk ${d.chunk} exists only on the ${d.left ? 'current' : 'compared'} side`;
      }
      return `chunk ${d.chunk}: ${FIELD_WORDS[d.field]} ${d.left} (current) vs ${d.right} (compared)`;
    }
  }
}

/** "op 2, alloc 24 B align 8" for stepper position 3; "setup (before any op)" for position 0. */
export function stepName(view: number, ops: readonly Op[]): string {
  if (view === 0) return 'setup (before any op)';
  const op = ops[view - 1];
  if (!op) return `step ${view}`;
  return `op ${view - 1}, ${op.op === 'free' ? `free of op ${op.alloc}` : opWords(op)}`;
}
