import { describe, expect, it } from 'vitest';
import { addStop, deleteStop, editStop, lectureLink, moveStop } from './lectureEdits';

const a = { step: 1, text: 'a' };
const b = { step: 5, text: 'b' };

describe('lecture edits', () => {
  it('adds, edits, reorders and deletes stops without touching the input', () => {
    const one = addStop(undefined, a);
    const two = addStop(one, b);
    expect(two.stops).toEqual([a, b]);
    expect(one.stops).toEqual([a]);
    expect(editStop(two, 1, { text: 'B' }).stops[1]).toEqual({ step: 5, text: 'B' });
    expect(moveStop(two, 0, 1).stops).toEqual([b, a]);
    expect(moveStop(two, 1, 1)).toBe(two);
    expect(deleteStop(two, 0)?.stops).toEqual([b]);
    expect(deleteStop(one, 0)).toBeUndefined();
  });

  it('makes a lecture link from a share link, keeping its other options and hash', () => {
    expect(lectureLink('https://x.org/app/#v2.abc.DEF')).toBe('https://x.org/app/?lecture=1#v2.abc.DEF');
    expect(lectureLink('https://x.org/?compare=a#v2.x', 3)).toBe('https://x.org/?compare=a&lecture=3#v2.x');
    expect(lectureLink('https://x.org/?lecture=2#h')).toBe('https://x.org/?lecture=1#h');
  });
});
