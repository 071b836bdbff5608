import type { ComplexArray } from "./ComplexArray.js";
import { fftbrKernel } from "./internal/fftbrKernel.js";
import { invSqrt } from "./internal/invSqrt.js";
import { validateComplex, validateOutObject } from "./internal/validateComplex.js";

/**
 * Orthonormal FFT of a vector stored in bit-reversed order (QMCPy's `fftbr`), output in natural order:
 * `y[k] = n^{-1/2} Σ_i x[rev(i)] e^{-2πi ik/n}`.
 *
 * @param re - real parts of x, a Float64Array whose length n is a power of two (n ≥ 1).
 * @param im - imaginary parts of x, same length; zeros when omitted.
 * @param out - optional `{ re, im }` receiving y (length n each; may be the inputs themselves, which
 *   is then {@link fftbrInPlace}); new arrays are allocated without it.
 * @returns y as `{ re, im }` (the `out` object when given).
 * @throws TypeError when an array is not a Float64Array; RangeError when n is not a power of two,
 *   lengths differ, or `out` aliases the inputs crosswise.
 * @remarks
 * rev = rev_m reverses the m = log2 n bits of an index. For a lattice in radical-inverse order the
 * Gram matrix of a shift-invariant kernel is a circulant conjugated by the bit-reversal permutation,
 * so its eigenvalues are `√n · fftbr(first column)` (Jagadeeswaran & Hickernell 2019, "Fast automatic
 * Bayesian cubature using lattice sampling"; QMCPy `fast_transform`).
 * Decimation in time straight on the bit-reversed input (no permutation pass): a twiddle-free
 * radix-2/4/8 pass carrying the 1/√n, radix-8 passes, then radix-4 at long spans. O(n log n).
 * `ifftbr(fftbr(x)) = x`; ‖y‖₂ = ‖x‖₂. For several vectors of one length, {@link fftbrBatchInPlace}.
 * @example
 * ```ts
 * const { re, im } = fftbr(new Float64Array([1, 0, 1, 0, 0, 1, 1, 0]));
 * // re[0] = √2, im[0] = 0; re[1] ≈ −0.1464466, im[1] ≈ −0.3535534 (QMCPy's doctest values)
 * ```
 */
export function fftbr(re: Float64Array, im?: Float64Array, out?: ComplexArray): ComplexArray {
  validateComplex(re, im, false);
  const n = re.length;
  const y = out === undefined ? { re: new Float64Array(n), im: new Float64Array(n) } : validateOutObject(out, re, im);
  y.re.set(re);
  if (im === undefined) y.im.fill(0);
  else y.im.set(im);
  if (n > 1) fftbrKernel(y.re, y.im, 0, n, invSqrt(n));
  return y;
}
