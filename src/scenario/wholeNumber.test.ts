import { describe, expect, it } from 'vitest';
import { isWholeNumberText } from './wholeNumber';

describe('isWholeNumberText', () => {
  it('takes ASCII digits only', () => {
    for (const text of ['0', '7', '0042', '123456789012']) expect(isWholeNumberText(text)).toBe(true);
    for (const text of ['', ' 1', '1 ', '-1', '+1', '1.0', '1e3', '0x10', '１', '٣'])
      expect(isWholeNumberText(text)).toBe(false);
  });

  it('refuses more digits than the bound', () => {
    expect(isWholeNumberText('123456789', 9)).toBe(true);
    expect(isWholeNumberText('1234567890', 9)).toBe(false);
  });
});
