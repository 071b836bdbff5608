import { ifftbrKernel } from "./internal/fftbrKernel.js";
import { invSqrt } from "./internal/invSqrt.js";
import { validateComplex } from "./internal/validateComplex.js";

/**
 * {@link ifftbr} in place: overwrites (re, im), a natural-order vector, with its orthonormal inverse
 * FFT in bit-reversed order.
 *
 * @param re - real parts, a Float64Array whose length n is a power of two (n ≥ 1).
 * @param im - imaginary parts, a distinct Float64Array of length n.
 * @throws TypeError when an argument is not a Float64Array; RangeError when n is not a power of two,
 *   the lengths differ, or `re` and `im` are the same array.
 * @example
 * ```ts
 * const re = new Float64Array([3, 1, 4, 1]), im = new Float64Array(4);
 * fftbrInPlace(re, im);
 * ifftbrInPlace(re, im); // re ≈ [3, 1, 4, 1], im ≈ 0
 * ```
 */
export function ifftbrInPlace(re: Float64Array, im: Float64Array): void {
  validateComplex(re, im, true);
  if (re === im) throw new RangeError("re and im must be distinct arrays; got the same array twice");
  if (re.length > 1) ifftbrKernel(re, im, 0, re.length, invSqrt(re.length));
}
