/** Kernel integer helpers used throughout the model (allocator.md §2 notation). */

/** 1-based index of the highest set bit; fls(0) = 0. Works beyond 32 bits. */
export function fls(x: number): number {
  // The common case in one instruction; clz32 truncates like the loop's halving does.
  if (x >= 0 && x < 4294967296) return 32 - Math.clz32(x);
  let n = 0;
  while (x >= 1) {
    x = Math.floor(x / 2);
    n++;
  }
  return n;
}

/** x rounded up to a multiple of a (a > 0). */
export function alignUp(x: number, a: number): number {
  return Math.ceil(x / a) * a;
}

export function isPowerOfTwo(x: number): boolean {
  return Number.isInteger(x) && x > 0 && Number.isInteger(Math.log2(x));
}

/** Number of decimal digits of a non-negative integer. */
export function decimalDigits(x: number): number {
  return String(Math.floor(x)).length;
}

/** Largest power of two not above x (x >= 1). */
export function roundDownPowerOfTwo(x: number): number {
  return 2 ** (fls(x) - 1);
}
