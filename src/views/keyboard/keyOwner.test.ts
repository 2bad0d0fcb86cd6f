import { describe, expect, it } from 'vitest';
import { keyOwner } from './keyOwner';

describe('keyOwner', () => {
  it('gives stepping keys to the app on a closed list box (the Preset picker after a pick)', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', ' ', '[', ']', '-', '+', 'p'])
      expect(keyOwner(key, { tagName: 'SELECT' })).toBe('app');
  });

  it('makes Space play/pause on a button, which keeps Enter', () => {
    expect(keyOwner(' ', { tagName: 'BUTTON' })).toBe('app');
    expect(keyOwner('Enter', { tagName: 'BUTTON' })).toBe('native');
    expect(keyOwner('ArrowRight', { tagName: 'BUTTON' })).toBe('app');
  });

  it('leaves text fields and open menus alone', () => {
    expect(keyOwner('ArrowRight', { tagName: 'INPUT', type: 'text' })).toBe('native');
    expect(keyOwner(' ', { tagName: 'INPUT', type: 'number' })).toBe('native');
    expect(keyOwner('p', { tagName: 'TEXTAREA' })).toBe('native');
    expect(keyOwner(' ', { tagName: 'DIV', isContentEditable: true })).toBe('native');
    expect(keyOwner('ArrowRight', { tagName: 'BUTTON', inMenu: true })).toBe('native');
  });

  it('keeps the keys a check box, radio button or slider cannot do without', () => {
    expect(keyOwner(' ', { tagName: 'INPUT', type: 'checkbox' })).toBe('native');
    expect(keyOwner('ArrowRight', { tagName: 'INPUT', type: 'checkbox' })).toBe('app');
    expect(keyOwner('ArrowDown', { tagName: 'INPUT', type: 'radio' })).toBe('native');
    expect(keyOwner('End', { tagName: 'INPUT', type: 'range' })).toBe('native');
    expect(keyOwner(' ', { tagName: 'INPUT', type: 'range' })).toBe('app');
  });

  it('answers everything when nothing is focused', () => {
    expect(keyOwner(' ', null)).toBe('app');
  });
});
