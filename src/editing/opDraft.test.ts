import { describe, expect, it } from 'vitest';
import { checkAllocBatchDraft, checkAllocDraft, checkEveryKth, checkMarkLabel } from './opDraft';

const draft = { size: '24', align: '8', reserved: false, label: '' };

describe('checkAllocDraft', () => {
  it('accepts a valid draft and leaves out an empty label', () => {
    expect(checkAllocDraft(draft)).toEqual({ ok: true, value: { op: 'alloc', size: 24, align: 8 } });
    expect(checkAllocDraft({ ...draft, reserved: true, label: 'x' })).toEqual({
      ok: true,
      value: { op: 'alloc', size: 24, align: 8, reserved: true, label: 'x' },
    });
  });

  it('names the field and gives the schema reason', () => {
    expect(checkAllocDraft({ ...draft, size: '' })).toEqual({ ok: false, errors: { size: 'Size: is required' } });
    expect(checkAllocDraft({ ...draft, size: 'abc' })).toEqual({
      ok: false,
      errors: { size: 'Size: expected an integer, got the text "abc"' },
    });
    expect(checkAllocDraft({ ...draft, size: '-1' })).toEqual({
      ok: false,
      errors: { size: 'Size: must be between 0 and 2147483647 (got -1)' },
    });
    expect(checkAllocDraft({ ...draft, size: '1.5', align: '3' })).toEqual({
      ok: false,
      errors: { size: 'Size: must be an integer', align: 'Align: 3 is not a power of two' },
    });
    expect(checkAllocDraft({ ...draft, label: 'x'.repeat(121) })).toEqual({
      ok: false,
      errors: { label: 'Label: must be at most 120 characters (got 121)' },
    });
  });

  it('keeps markup in a label as plain text', () => {
    const r = checkAllocDraft({ ...draft, label: '<img src=x onerror=alert(1)>' });
    expect(r.ok && r.value.label).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('checkMarkLabel', () => {
  it('accepts up to 120 characters', () => {
    expect(checkMarkLabel('boot')).toEqual({ ok: true, value: { op: 'mark', label: 'boot' } });
    expect(checkMarkLabel('y'.repeat(130))).toEqual({
      ok: false,
      errors: { label: 'Label: must be at most 120 characters (got 130)' },
    });
  });
});

describe('checkAllocBatchDraft', () => {
  const batch = { count: '5', size: '16', align: '16', reserved: false, labelPrefix: 'gen' };

  it('accepts a batch', () => {
    expect(checkAllocBatchDraft(batch)).toEqual({
      ok: true,
      value: { count: 5, size: 16, align: 16, reserved: false, labelPrefix: 'gen' },
    });
  });

  it('names each bad field', () => {
    const r = checkAllocBatchDraft({ ...batch, count: '0', align: '6' });
    expect(r).toEqual({
      ok: false,
      errors: { count: 'Count: must be between 1 and 10000 (got 0)', align: 'Align: 6 is not a power of two' },
    });
  });

  it('refuses a prefix that would make the last label longer than 120 characters', () => {
    // "<prefix> 5" must fit in 120: the prefix may have 118 characters.
    expect(checkAllocBatchDraft({ ...batch, labelPrefix: 'p'.repeat(118) }).ok).toBe(true);
    const r = checkAllocBatchDraft({ ...batch, labelPrefix: 'p'.repeat(119) });
    expect(!r.ok && r.errors.labelPrefix).toBe(
      'Label prefix: must be at most 118 characters so "<prefix> 5" fits in 120 (got 119)',
    );
  });
});

describe('checkEveryKth', () => {
  it('wants a whole number of at least 1', () => {
    expect(checkEveryKth('2')).toEqual({ ok: true, value: 2 });
    expect(checkEveryKth('0')).toEqual({ ok: false, errors: { k: 'Every k-th: must be between 1 and 10000 (got 0)' } });
    expect(checkEveryKth('two')).toEqual({
      ok: false,
      errors: { k: 'Every k-th: expected a whole number, got "two"' },
    });
  });
});
