import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byteTicks, formatBytes, formatTick } from './ticks';

describe('byteTicks', () => {
  it('splits a 512 KiB unit into 64 KiB steps', () => {
    expect(byteTicks(0, 524288, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => i * 65536));
  });

  it('uses a finer power of two for a zoomed window', () => {
    // 91000..92000 is 1000 bytes; 1000/5 = 200 → step 256.
    expect(byteTicks(91000, 92000, 5)).toEqual([91136, 91392, 91648, 91904]);
  });

  it('returns two or more power-of-two multiples inside the domain, about maxTicks of them', () => {
    fc.assert(
      fc.property(
        fc.nat(1 << 30),
        fc.integer({ min: 1, max: 1 << 22 }),
        fc.integer({ min: 1, max: 20 }),
        (d0, span, n) => {
          const ticks = byteTicks(d0, d0 + span, n);
          expect(ticks.length).toBeGreaterThanOrEqual(span >= 1 ? 2 : 1);
          expect(ticks.length).toBeLessThanOrEqual(Math.max(n + 1, 4));
          const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
          expect(Math.log2(step) % 1).toBe(0);
          for (const t of ticks) {
            expect(t).toBeGreaterThanOrEqual(d0);
            expect(t).toBeLessThanOrEqual(d0 + span);
            expect(t % step).toBe(0);
          }
        },
      ),
    );
  });

  it('halves the step until a narrow window shows two ticks', () => {
    // 1..6 with one tick asked: step 8 has no multiple inside, 4 has one (4), 2 has 2, 4, 6.
    expect(byteTicks(1, 6, 1)).toEqual([2, 4, 6]);
  });

  it('has no ticks for an empty domain', () => {
    expect(byteTicks(5, 5, 8)).toEqual([]);
  });
});

describe('formatBytes', () => {
  it('uses K and M only for whole multiples', () => {
    expect(formatBytes(0)).toBe('0');
    expect(formatBytes(65536)).toBe('64K');
    expect(formatBytes(2097152)).toBe('2M');
    expect(formatBytes(91072)).toBe('91072');
    expect(formatBytes(1536)).toBe('1536');
  });
});

describe('formatTick', () => {
  it('keeps exact bytes when ticks are closer than 1 KiB, so 91136 does not read as 89K beside 91120', () => {
    expect(formatTick(91136, 16)).toBe('91136');
    expect(formatTick(65536, 16384)).toBe('64K');
  });
});
