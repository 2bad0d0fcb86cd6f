import type { Timeline } from '../engine/timeline';
import type { AllocOp, Op } from '../engine/types';
import { summarizeChunks } from './chunkSummary';
import { offsetChoices } from './offsetChoices';
import { FAILURE_REASONS, REASON_TEXT } from './reasons';
import type { Answer, Question } from './types';

const ROLE_WORDS = { reserved: 'reserved', first: 'first chunk', dynamic: 'created' } as const;

/** Whether op `step` exists, ran, and is an allocation: only those are asked. */
export function isQuestionStep(timeline: Timeline, step: number): boolean {
  return (
    timeline.setupError === null &&
    Number.isInteger(step) &&
    step >= 0 &&
    step < timeline.length &&
    timeline.ops[step]!.op === 'alloc'
  );
}

/** The first step at or after `from` whose op is an allocation, or null when none is left. */
export function nextQuestionStep(timeline: Timeline, from: number): number | null {
  for (let k = Math.max(0, Math.ceil(from)); k < timeline.length; k++) if (isQuestionStep(timeline, k)) return k;
  return null;
}

/** The ops right before `step` that are not allocations (run without a question), ascending. */
export function skippedOpsBefore(timeline: Timeline, step: number): { index: number; op: Op }[] {
  const out: { index: number; op: Op }[] = [];
  for (let i = Math.min(step, timeline.length) - 1; i >= 0 && timeline.ops[i]!.op !== 'alloc'; i--) {
    out.unshift({ index: i, op: timeline.ops[i]! });
  }
  return out;
}

/**
 * The question for op `step`, asked about the state after `step` ops: where does this
 * allocation land, or why does it fail? The answer is the engine's own outcome.
 */
export function buildQuestion(timeline: Timeline, step: number): Question | null {
  if (!isQuestionStep(timeline, step)) return null;
  const op = timeline.ops[step] as AllocOp;
  const state = timeline.stateAt(step);
  const outcome = timeline.outcome(step);
  let answer: Answer;
  if (outcome.ok) {
    if (outcome.chunk === null || outcome.offset === null) return null;
    const existed = state.chunks.some((c) => c.id === outcome.chunk);
    answer = {
      kind: 'success',
      chunk: existed ? outcome.chunk : 'new',
      chunkId: outcome.chunk,
      offset: outcome.offset,
    };
  } else {
    answer = { kind: 'failure', reason: outcome.error ?? 'kernel crash' };
  }
  const chunks = summarizeChunks(state);
  return {
    step,
    op,
    slabAvailable: state.slabAvailable,
    earlyAlloc: state.config.earlyAlloc,
    chunks,
    chunkChoices: [
      ...chunks.map((c) => ({ value: c.id, label: `Chunk ${c.id} (${ROLE_WORDS[c.role]})` })),
      { value: 'new' as const, label: 'A new chunk' },
    ],
    offsetChoices: offsetChoices(chunks, op, answer),
    reasonChoices: FAILURE_REASONS.map((value) => ({ value, label: REASON_TEXT[value] })),
    answer,
  };
}

/** The right answer in one sentence. */
export function answerText(question: Question): string {
  const { answer } = question;
  if (answer.kind === 'failure') return `It fails: “${answer.reason}” — ${REASON_TEXT[answer.reason]}.`;
  if (answer.chunk === 'new') {
    return `It succeeds in a new chunk (created as chunk ${answer.chunkId}) at offset ${answer.offset}.`;
  }
  return `It succeeds in chunk ${answer.chunkId} at offset ${answer.offset}.`;
}
