import { describe, expect, it } from 'vitest';
import { emptyDraft, readDraft } from './draft';
import { parseViewParams } from '../share/viewParams';
import { quizLinkParams } from './link';

describe('reading the answer form', () => {
  it('names what is missing, in order', () => {
    expect(readDraft(emptyDraft())).toEqual({ ok: false, problem: 'Choose whether the allocation succeeds or fails.' });
    expect(readDraft({ ...emptyDraft(), outcome: 'failure' })).toEqual({ ok: false, problem: 'Choose why it fails.' });
    expect(readDraft({ ...emptyDraft(), outcome: 'success' })).toEqual({
      ok: false,
      problem: 'Choose the chunk it lands in.',
    });
    expect(readDraft({ ...emptyDraft(), outcome: 'success', chunk: 1 })).toEqual({
      ok: false,
      problem: 'Give the offset it gets.',
    });
  });

  it('refuses an offset that is not a whole number and quotes it', () => {
    const read = readDraft({ ...emptyDraft(), outcome: 'success', chunk: 1, offsetText: '12.5' });
    expect(read).toEqual({ ok: false, problem: 'Offset: expected a whole number of bytes, got “12.5”.' });
  });

  it('turns a complete form into a prediction', () => {
    expect(readDraft({ outcome: 'success', chunk: 'new', offsetText: ' 0 ', reason: null })).toEqual({
      ok: true,
      prediction: { kind: 'success', chunk: 'new', offset: 0 },
    });
    expect(readDraft({ outcome: 'failure', chunk: 1, offsetText: 'x', reason: 'kernel crash' })).toEqual({
      ok: true,
      prediction: { kind: 'failure', reason: 'kernel crash' },
    });
  });
});

describe('the quiz link', () => {
  it('builds ?quiz=1&step=k', () => {
    expect(quizLinkParams(125)).toBe('?quiz=1&step=125');
    expect(quizLinkParams(0)).toBe('?quiz=1&step=0');
    expect(quizLinkParams(-3)).toBe('?quiz=1&step=0');
    expect(quizLinkParams(Number.NaN)).toBe('?quiz=1&step=0');
  });

  it('is read back by the one view-parameter reader (quiz mode at that step)', () => {
    expect(parseViewParams(quizLinkParams(42))).toEqual({ params: { quiz: true, step: 42 }, problems: [] });
  });
});
