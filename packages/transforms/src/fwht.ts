import { fwhtKernel32 } from "./internal/fwhtKernel32.js";
import { fwhtKernel64 } from "./internal/fwhtKernel64.js";
import { validateReal, validateRealOut } from "./internal/validateReal.js";

/**
 * Orthonormal Walsh–Hadamard transform in natural (Hadamard) order (QMCPy's `fwht`):
 * `y[k] = n^{-1/2} Σ_i (−1)^{popcount(i & k)} x[i]`.
 *
 * @param x - a Float64Array or Float32Array whose length n is a power of two (n ≥ 1); not modified.
 * @param out - optional array of the same kind and length receiving y (may be x itself).
 * @returns y, a new array of x's kind (or `out`).
 * @throws TypeError for another kind (or an `out` of a different kind); RangeError when n is not a
 *   power of two or `out` has another length.
 * @remarks
 * H_n = H_2^{⊗m} / √n is symmetric and orthogonal, so fwht is an involution (`fwht(fwht(x)) = x`)
 * and preserves ‖x‖₂. It diagonalizes the Gram matrices of digitally shift-invariant kernels on base-2
 * nets in radical-inverse order (Jagadeeswaran & Hickernell 2022, "Fast automatic Bayesian cubature
 * using Sobol' sampling"; QMCPy `fast_transform`). O(n log n): radix-8 butterflies on
 * cache-resident rows of 2^12 entries, then on column groups, with the 1/√n folded into the first pass.
 * @example
 * ```ts
 * fwht(new Float64Array([1, 0, 1, 0, 0, 1, 1, 0]));
 * // [√2, 1/√2, 0, −1/√2, 0, 1/√2, 0, 1/√2] (QMCPy's doctest values)
 * ```
 */
export function fwht<T extends Float64Array | Float32Array>(x: T, out?: T): T {
  validateReal("x", x);
  const y = out === undefined ? (x.slice() as T) : (validateRealOut(out, x) as T);
  if (y !== x) y.set(x);
  if (y instanceof Float64Array) fwhtKernel64(y, 0, y.length);
  else fwhtKernel32(y as Float32Array, 0, y.length);
  return y;
}
