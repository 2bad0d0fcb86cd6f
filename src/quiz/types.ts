import type { AllocOp, FailureReason } from '../engine/types';

/** One chunk of the state before the op, with the numbers a student needs to predict. */
export interface ChunkSummary {
  id: number;
  role: 'reserved' | 'first' | 'dynamic';
  /** Entries in use (map_used) and entries allocated (map_alloc). */
  mapUsed: number;
  mapAlloc: number;
  freeSize: number;
  contigHint: number;
  /** The pcpu_slot list the chunk is on, or null (the reserved chunk is on none). */
  slot: number | null;
  unitSize: number;
  /** Free areas in address order. */
  freeAreas: { offset: number; size: number }[];
  /** The signed map: positive free, negative allocated, in address order. */
  map: readonly number[];
  /** The signed map as text, runs of equal entries folded ("-8 ×125"). */
  mapText: string;
}

/** Where the chunk choice points: a live chunk's id, or a chunk the op would have to create. */
export type ChunkPick = number | 'new';

export type Answer =
  { kind: 'success'; chunk: ChunkPick; chunkId: number; offset: number } | { kind: 'failure'; reason: FailureReason };

export interface Question {
  /** Steps applied before the op: the question is about op index `step`. */
  step: number;
  op: AllocOp;
  slabAvailable: boolean;
  earlyAlloc: boolean;
  chunks: ChunkSummary[];
  chunkChoices: { value: ChunkPick; label: string }[];
  /** Plausible offsets, ascending; the right one is among them when the op succeeds. */
  offsetChoices: number[];
  reasonChoices: { value: FailureReason; label: string }[];
  answer: Answer;
}

/** What the student predicts. An offset of null means none was given. */
export type Prediction =
  { kind: 'success'; chunk: ChunkPick; offset: number | null } | { kind: 'failure'; reason: FailureReason };

export interface QuestionScore {
  points: number;
  max: number;
  /** Which parts were right, for the feedback lines. */
  outcomeRight: boolean;
  chunkRight: boolean;
  offsetRight: boolean;
  reasonRight: boolean;
  /** Sentences saying what was right and what was not. */
  feedback: string[];
}
