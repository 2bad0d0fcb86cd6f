import type { FailureReason } from '../engine/types';
import type { ChunkPick, Prediction } from './types';
import { isWholeNumberText } from '../scenario/wholeNumber';

/** The form as the student fills it in; turned into a Prediction only when complete. */
export interface PredictionDraft {
  outcome: 'success' | 'failure' | null;
  chunk: ChunkPick | null;
  /** The offset as typed or picked. */
  offsetText: string;
  reason: FailureReason | null;
}

export const emptyDraft = (): PredictionDraft => ({ outcome: null, chunk: null, offsetText: '', reason: null });

/** The prediction, or what is still missing / wrong in the form, in words. */
export function readDraft(
  draft: PredictionDraft,
): { ok: true; prediction: Prediction } | { ok: false; problem: string } {
  if (draft.outcome === null) return { ok: false, problem: 'Choose whether the allocation succeeds or fails.' };
  if (draft.outcome === 'failure') {
    if (draft.reason === null) return { ok: false, problem: 'Choose why it fails.' };
    return { ok: true, prediction: { kind: 'failure', reason: draft.reason } };
  }
  if (draft.chunk === null) return { ok: false, problem: 'Choose the chunk it lands in.' };
  const text = draft.offsetText.trim();
  if (text === '') return { ok: false, problem: 'Give the offset it gets.' };
  if (!isWholeNumberText(text, 10))
    return { ok: false, problem: `Offset: expected a whole number of bytes, got “${text.slice(0, 20)}”.` };
  return { ok: true, prediction: { kind: 'success', chunk: draft.chunk, offset: Number(text) } };
}
