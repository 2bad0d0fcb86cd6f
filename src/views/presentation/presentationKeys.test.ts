import { describe, expect, it } from 'vitest';
import { presentationKeyAction, type KeyPress } from './presentationKeys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...extra,
});

describe('presentationKeyAction', () => {
  it('toggles on p (either case) when not typing', () => {
    expect(presentationKeyAction(press('p'), false, false)).toBe('toggle');
    expect(presentationKeyAction(press('P'), false, true)).toBe('toggle');
  });

  it('ignores p while typing or with a modifier (Ctrl+P prints)', () => {
    expect(presentationKeyAction(press('p'), true, false)).toBeNull();
    expect(presentationKeyAction(press('p', { ctrlKey: true }), false, false)).toBeNull();
    expect(presentationKeyAction(press('p', { metaKey: true }), false, false)).toBeNull();
    expect(presentationKeyAction(press('p', { altKey: true }), false, false)).toBeNull();
  });

  it('leaves presentation on Escape, even from a field, but only when presenting', () => {
    expect(presentationKeyAction(press('Escape'), false, true)).toBe('leave');
    expect(presentationKeyAction(press('Escape'), true, true)).toBe('leave');
    expect(presentationKeyAction(press('Escape'), false, false)).toBeNull();
  });

  it('leaves a key alone that a focused widget already handled', () => {
    expect(presentationKeyAction(press('Escape', { defaultPrevented: true }), false, true)).toBeNull();
    expect(presentationKeyAction(press('p', { defaultPrevented: true }), false, false)).toBeNull();
  });

  it('does nothing for other keys', () => {
    expect(presentationKeyAction(press('o'), false, true)).toBeNull();
    expect(presentationKeyAction(press('ArrowRight'), false, true)).toBeNull();
  });
});
