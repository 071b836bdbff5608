import { formatValue } from "@qmckit/core";
import { validateReal } from "./internal/validateReal.js";

/**
 * The O(n) doubling update of {@link fwht}: from `a = fwht(x₁)` and `b = fwht(x₂)` for the two halves
 * of a length-2n vector x = [x₁, x₂] (natural order), `fwht(x) = [(a + b)/√2, (a − b)/√2]`.
 *
 * @param a - the transform of the first half: a Float64Array or Float32Array of power-of-two length n.
 * @param b - the transform of the second half: the same kind and length as a.
 * @returns a new array of a's kind and length 2n.
 * @throws TypeError for another kind or mixed kinds; RangeError for a length that is not a power of
 *   two or differs between a and b.
 * @remarks H_{2n} = [[H_n, H_n], [H_n, −H_n]] (Sylvester), and the orthonormal scalings give
 *   1/√(2n) = (1/√2)(1/√n). Same form as {@link fftbrDoubling} with ω = {@link omegaFwht} (ones).
 * @example
 * ```ts
 * fwhtDoubling(fwht(new Float64Array([1, 0])), fwht(new Float64Array([1, 0])));
 * // [1, 1, 0, 0] = fwht([1, 0, 1, 0])
 * ```
 */
export function fwhtDoubling<T extends Float64Array | Float32Array>(a: T, b: T): T {
  validateReal("a", a);
  validateReal("b", b);
  if (a.constructor !== b.constructor) {
    throw new TypeError(`b must be a ${a.constructor.name} like a; got ${formatValue(b)}`);
  }
  const n = a.length;
  if (b.length !== n) throw new RangeError(`b.length must equal a.length = ${n}; got ${b.length}`);
  const y = (a instanceof Float64Array ? new Float64Array(2 * n) : new Float32Array(2 * n)) as T;
  const s = Math.SQRT1_2;
  for (let k = 0; k < n; k++) {
    const u = a[k];
    const v = b[k];
    y[k] = (u + v) * s;
    y[k + n] = (u - v) * s;
  }
  return y;
}
