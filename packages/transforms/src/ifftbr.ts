import type { ComplexArray } from "./ComplexArray.js";
import { ifftbrKernel } from "./internal/fftbrKernel.js";
import { invSqrt } from "./internal/invSqrt.js";
import { validateComplex, validateOutObject } from "./internal/validateComplex.js";

/**
 * Inverse of {@link fftbr} (QMCPy's `ifftbr`): orthonormal inverse FFT of a natural-order vector,
 * output in bit-reversed order: `x[rev(i)] = n^{-1/2} Σ_k y[k] e^{+2πi ik/n}`.
 *
 * @param re - real parts of y, a Float64Array whose length n is a power of two (n ≥ 1).
 * @param im - imaginary parts of y, same length; zeros when omitted.
 * @param out - optional `{ re, im }` receiving x (may be the inputs themselves); allocated without it.
 * @returns x as `{ re, im }` (the `out` object when given); `ifftbr(fftbr(x))` is x up to rounding.
 * @throws TypeError when an array is not a Float64Array; RangeError when n is not a power of two,
 *   lengths differ, or `out` aliases the inputs crosswise.
 * @remarks The adjoint of fftbr's passes in reverse order (decimation in frequency with conjugate
 *   twiddles): natural-order input gives bit-reversed output with no permutation pass. O(n log n).
 * @example
 * ```ts
 * const y = fftbr(new Float64Array([1, 2, 3, 4]));
 * const x = ifftbr(y.re, y.im); // x.re ≈ [1, 2, 3, 4], x.im ≈ [0, 0, 0, 0]
 * ```
 */
export function ifftbr(re: Float64Array, im?: Float64Array, out?: ComplexArray): ComplexArray {
  validateComplex(re, im, false);
  const n = re.length;
  const x = out === undefined ? { re: new Float64Array(n), im: new Float64Array(n) } : validateOutObject(out, re, im);
  x.re.set(re);
  if (im === undefined) x.im.fill(0);
  else x.im.set(im);
  if (n > 1) ifftbrKernel(x.re, x.im, 0, n, invSqrt(n));
  return x;
}
