const DIGITS = /^\d+$/;

/**
 * The one test for a whole number typed into a field or carried by a link: ASCII digits only
 * (no sign, point, exponent or spaces; callers trim first where a field allows spaces), at most
 * `maxDigits` of them where a bound keeps Number() exact and the work small.
 */
export function isWholeNumberText(text: string, maxDigits = Number.POSITIVE_INFINITY): boolean {
  return text.length <= maxDigits && DIGITS.test(text);
}
