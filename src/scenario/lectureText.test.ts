import { describe, expect, it } from 'vitest';
import { parseLectureText, plainLectureText } from './lectureText';

describe('lecture text marks', () => {
  it('reads bold, code and glossary links, leaving the rest as text', () => {
    expect(parseLectureText('a **b** `c()` [[slot]] and [[area map|maps]].')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'bold', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c()' },
      { kind: 'text', text: ' ' },
      { kind: 'term', term: 'slot', text: 'slot' },
      { kind: 'text', text: ' and ' },
      { kind: 'term', term: 'area map', text: 'maps' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('keeps markup-looking text as text, never HTML', () => {
    expect(parseLectureText('<b>x</b> ** lone')).toEqual([{ kind: 'text', text: '<b>x</b> ** lone' }]);
    expect(plainLectureText('**127 of 128** in [[map entry|entries]]')).toBe('127 of 128 in entries');
  });
});
