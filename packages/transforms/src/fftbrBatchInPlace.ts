import { fftbrKernel } from "./internal/fftbrKernel.js";
import { invSqrt } from "./internal/invSqrt.js";
import { validateBatch, validateBatchPair } from "./internal/validateBatch.js";

/**
 * {@link fftbrInPlace} on every row of a flat `batch × n` complex array (row r is entries
 * `[r·n, (r + 1)·n)` of re and im) — the layout of QMCPy's C engine for `(d1, d2, n)` arrays.
 *
 * @param re - real parts, a Float64Array of length batch · n (batch ≥ 0).
 * @param im - imaginary parts, a distinct Float64Array of the same length.
 * @param n - the row length, a power of two in [1, 2^30].
 * @throws TypeError for a non-Float64Array or a non-number n; RangeError when n is not a power of
 *   two, the lengths differ or are not a multiple of n, or re and im are the same array.
 * @example
 * ```ts
 * const re = new Float64Array([1, 2, 3, 4, 1, 1, 1, 1]), im = new Float64Array(8);
 * fftbrBatchInPlace(re, im, 4); // row 0 = fftbr([1, 2, 3, 4]); row 1: re = [2, 0, 0, 0]
 * ```
 */
export function fftbrBatchInPlace(re: Float64Array, im: Float64Array, n: number): void {
  validateBatchPair(re, im);
  validateBatch("re", re.length, n);
  if (n === 1) return;
  const s = invSqrt(n);
  for (let o = 0; o < re.length; o += n) fftbrKernel(re, im, o, n, s);
}
