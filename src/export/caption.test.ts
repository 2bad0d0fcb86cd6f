import { describe, expect, it } from 'vitest';
import { captionText, fittedCaption, fullCaptionText, MAX_CAPTION_TITLE, subtitleText } from './caption';

describe('caption', () => {
  it('reads like the stepper: title — step k of N', () => {
    expect(captionText('SLUB bootstrap on a 4-CPU x86_64 box', 17, 43)).toBe(
      'SLUB bootstrap on a 4-CPU x86_64 box — step 17 of 43',
    );
  });

  it('names an untitled scenario and collapses stray whitespace', () => {
    expect(captionText(undefined, 0, 5)).toBe('Untitled scenario — step 0 of 5');
    expect(captionText('  \n ', 2, 5)).toBe('Untitled scenario — step 2 of 5');
    expect(captionText(' two\n  nodes ', 1, 2)).toBe('two nodes — step 1 of 2');
  });

  it('cuts a long title to the limit with an ellipsis, keeping the step numbers whole', () => {
    const long = 'x'.repeat(200);
    const text = captionText(long, 3, 9);
    const title = text.slice(0, text.indexOf(' — '));
    expect([...title]).toHaveLength(MAX_CAPTION_TITLE);
    expect(title.endsWith('…')).toBe(true);
    expect(text.endsWith(' — step 3 of 9')).toBe(true);
  });

  it('keeps a title of exactly the limit as it is', () => {
    const exact = 'y'.repeat(MAX_CAPTION_TITLE);
    expect(captionText(exact, 1, 1)).toBe(`${exact} — step 1 of 1`);
  });

  it('does not split a character outside the basic plane when cutting', () => {
    const emoji = '🙂'.repeat(MAX_CAPTION_TITLE + 5);
    const title = captionText(emoji, 0, 0).split(' — ')[0]!;
    expect([...title].slice(0, -1).every((c) => c === '🙂')).toBe(true);
  });

  it('says what is drawn and which allocator ran', () => {
    expect(subtitleText('chunks', true)).toBe('Chunk area maps · v2.6.36 (early alloc) · Percpu Explorer');
    expect(subtitleText('units', false)).toBe('Per-unit layout · pre-change parent · Percpu Explorer');
  });
});

// Issue 9 item 11: a 75-character title used to run off the export and take the step with it.
describe('fitted caption', () => {
  const title = 'A long scenario title that explains the whole boot in seventy-five chars!!!';
  it('keeps the step and fits the width, shortening the title with an ellipsis', () => {
    expect([...title]).toHaveLength(75);
    const caption = fittedCaption(title, 17, 43, 600, 18);
    expect(caption.endsWith(' — step 17 of 43')).toBe(true);
    expect(caption.length * 18 * 0.62).toBeLessThanOrEqual(600);
    expect(caption).toMatch(/^A long scenario title.*… — step 17 of 43$/);
  });
  it('leaves a title that fits alone, and the metadata keeps every character', () => {
    expect(fittedCaption('Short one', 1, 2, 600, 18)).toBe('Short one — step 1 of 2');
    expect(fullCaptionText(title + ' and more words past eighty characters', 3, 9)).toBe(
      `${title} and more words past eighty characters — step 3 of 9`,
    );
  });
});
