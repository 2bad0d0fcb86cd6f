/**
 * Writes an lz-string URI stream by hand: one literal 'a', then `codes` codes that each name the
 * not-yet-defined next entry (LZW's "previous + its first char" case). Entry k is k+1 characters
 * long, so the stream unpacks to 1 + (2 + 3 + ... + (codes + 1)) characters: quadratic growth.
 */
export function lzBomb(codes: number): string {
  const bits: number[] = [];
  const put = (value: number, width: number) => {
    for (let k = 0; k < width; k++) bits.push(Math.floor(value / 2 ** k) % 2);
  };
  put(0, 2);
  put('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let width = 3;
  let untilWider = 4;
  for (let i = 0; i < codes; i++) {
    put(dictSize, width);
    dictSize++;
    if (--untilWider === 0) {
      untilWider = 2 ** width;
      width++;
    }
  }
  put(2, width);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let k = 0; k < 6; k++) v = v * 2 + (bits[i + k] ?? 0);
    out += alphabet[v];
  }
  return out;
}

/** How many characters lzBomb(codes) unpacks to. */
export const lzBombLength = (codes: number): number => 1 + ((codes + 1) * (codes + 2)) / 2 - 1;
