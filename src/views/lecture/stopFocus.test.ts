import { describe, expect, it } from 'vitest';
import { capturedFocus, focusText, zoomRequestOf } from './stopFocus';

describe('a stop and the chunk map zoom', () => {
  it('asks for its offset range at its step, naming the chunk', () => {
    const stop = { step: 4, text: '', focus: { chunk: 1, from: 90880, to: 91904 } };
    expect(zoomRequestOf(stop, 4)).toEqual({ chunk: 1, from: 90880, to: 91904, step: 4 });
  });

  it('asks for nothing without a whole, non-empty range', () => {
    expect(zoomRequestOf({ step: 1, text: '' }, 1)).toBeNull();
    expect(zoomRequestOf({ step: 1, text: '', focus: { chunk: 1 } }, 1)).toBeNull();
    expect(zoomRequestOf({ step: 1, text: '', focus: { from: 10 } }, 1)).toBeNull();
    expect(zoomRequestOf({ step: 1, text: '', focus: { from: 10, to: 10 } }, 1)).toBeNull();
  });

  it('"stop here" keeps a zoomed window, and not the whole unit', () => {
    expect(capturedFocus({ from: 100, to: 900 }, 32768, 1, null)).toEqual({ chunk: 1, from: 100, to: 900 });
    expect(capturedFocus({ from: 0, to: 32768 }, 32768, 1, null)).toEqual({ chunk: 1 });
    expect(capturedFocus({ from: 0, to: 32768 }, 32768, 1, 7)).toEqual({ alloc: 7 });
    expect(capturedFocus({ from: 8, to: 64 }, 32768, 2, 7)).toEqual({ chunk: 2, from: 8, to: 64, alloc: 7 });
    expect(capturedFocus(null, 32768, null, null)).toBeUndefined();
  });

  it('says what a focus does', () => {
    expect(focusText({ chunk: 1, from: 8, to: 64, alloc: 3 })).toBe('zooms to chunk 1 offsets 8–64 · selects op #3');
    expect(focusText({ chunk: 2 })).toBe('shows chunk 2');
    expect(focusText(undefined)).toBe('');
  });
});
