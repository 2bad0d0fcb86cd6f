import { describe, expect, it } from 'vitest';
import { checkDraft, DEFAULT_DRAFT, rangeValues, type SweepDraft } from './sweepForm';

const draft = (over: Partial<SweepDraft>): SweepDraft => ({ ...DEFAULT_DRAFT, ...over });

describe('sweep range form', () => {
  it('the default ranges: earlySlots 16..256 step 16 (16 values), earlySize 4096..32768 step 4096 (8 values)', () => {
    const check = checkDraft(DEFAULT_DRAFT);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.slots).toEqual([16, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256]);
    expect(check.sizes).toEqual([4096, 8192, 12288, 16384, 20480, 24576, 28672, 32768]);
  });

  it('a range whose end is not on a step stops before it; a single value is fine', () => {
    expect(rangeValues(10, 25, 10)).toEqual([10, 20]);
    expect(checkDraft(draft({ 'slots-from': '128', 'slots-to': '128' }))).toMatchObject({ ok: true, slots: [128] });
  });

  it('names the field and the reason for text, empty, out-of-range and zero-step input', () => {
    const check = checkDraft(draft({ 'slots-from': 'abc', 'slots-to': '', 'size-from': '2000000', 'size-step': '0' }));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors['slots-from']).toBe('Early slots from: “abc” is not a whole number');
    expect(check.errors['slots-to']).toBe('Early slots to: enter a number');
    expect(check.errors['size-from']).toBe('Early size from: must be between 0 and 1,048,576');
    expect(check.errors['size-step']).toBe('Early size step: must be at least 1');
  });

  it('earlySlots below the schema minimum of 2 and negative or fractional numbers are refused', () => {
    const check = checkDraft(draft({ 'slots-from': '1', 'slots-step': '1.5', 'size-to': '-4' }));
    if (check.ok) throw new Error('expected errors');
    expect(check.errors['slots-from']).toMatch(/^Early slots from: must be between 2 and 65,536/);
    expect(check.errors['slots-step']).toMatch(/^Early slots step: .* not a whole number/);
    expect(check.errors['size-to']).toMatch(/^Early size to: .* not a whole number/);
  });

  it('"to" below "from" is reported on "to"', () => {
    const check = checkDraft(draft({ 'size-from': '8192', 'size-to': '4096' }));
    if (check.ok) throw new Error('expected errors');
    expect(check.errors).toEqual({ 'size-to': 'Early size to: must be at least Early size from (8,192)' });
  });

  it('caps each axis at 64 values (so 64 × 64 cells) and suggests a step', () => {
    // 2..256 step 4 gives 64 values (2, 6, …, 254); step 3 gives 85 (2, 5, …, 254).
    expect(checkDraft(draft({ 'slots-from': '2', 'slots-to': '256', 'slots-step': '4' }))).toMatchObject({ ok: true });
    const check = checkDraft(draft({ 'slots-from': '2', 'slots-to': '256', 'slots-step': '3' }));
    if (check.ok) throw new Error('expected errors');
    expect(check.errors['slots-step']).toBe(
      'Early slots step: gives 85 values, at most 64 are allowed — use a step of 4 or more, or a narrower range',
    );
  });
});
