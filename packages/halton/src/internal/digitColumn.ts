import type { DigitScramble } from "../DigitScramble.js";

/**
 * The digit map of position t as a table of scaled values: `out[v] = z_t((v + offset) mod b) · scale`
 * for v < b, where z_t is the permutation or affine map of `s` (see {@link DigitScramble}). The
 * engines build their lookup tables from these columns.
 *
 * @param s - the coordinate's scramble.
 * @param t - the digit position, 0 ≤ t < K.
 * @param offset - a digit added (mod b) before the map: the contribution of the high index digits.
 * @param scale - the place value of digit t (an exact power of b).
 * @param out - receives b values.
 * @returns `out`.
 * @remarks Internal and unchecked.
 * @example
 * ```ts
 * digitColumn(scramble, 0, 0, 1, new Float64Array(scramble.base)); // the map of the leading digit
 * ```
 */
export function digitColumn(s: DigitScramble, t: number, offset: number, scale: number, out: Float64Array): Float64Array {
  const b = s.base;
  const perm = s.permutations;
  if (perm !== null) {
    const row = t * b;
    for (let v = 0; v < b; v++) {
      const y = v + offset;
      out[v] = perm[row + (y >= b ? y - b : y)] * scale;
    }
  } else {
    const f = s.multiplier;
    const sh = s.shifts[t];
    for (let v = 0; v < b; v++) out[v] = (((v + offset) * f + sh) % b) * scale;
  }
  return out;
}
