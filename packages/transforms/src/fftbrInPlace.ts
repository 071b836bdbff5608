import { fftbrKernel } from "./internal/fftbrKernel.js";
import { invSqrt } from "./internal/invSqrt.js";
import { validateComplex } from "./internal/validateComplex.js";

/**
 * {@link fftbr} in place: overwrites (re, im), a vector in bit-reversed order, with its orthonormal
 * FFT in natural order. No allocation once the twiddle tables for this length exist.
 *
 * @param re - real parts, a Float64Array whose length n is a power of two (n ≥ 1).
 * @param im - imaginary parts, a distinct Float64Array of length n (zeros for a real input).
 * @throws TypeError when an argument is not a Float64Array; RangeError when n is not a power of two,
 *   the lengths differ, or `re` and `im` are the same array.
 * @remarks Twiddle tables are computed on first use of a length and kept for reuse (shared by every
 *   length with the same pass spans): 2n doubles for the largest n used, the size of re + im.
 * @example
 * ```ts
 * const re = new Float64Array([1, 2, 3, 4]), im = new Float64Array(4);
 * fftbrInPlace(re, im); // re = [5, −0.5, −2, −0.5], im = [0, 0.5, 0, −0.5] exactly
 * ```
 */
export function fftbrInPlace(re: Float64Array, im: Float64Array): void {
  validateComplex(re, im, true);
  if (re === im) throw new RangeError("re and im must be distinct arrays; got the same array twice");
  if (re.length > 1) fftbrKernel(re, im, 0, re.length, invSqrt(re.length));
}
