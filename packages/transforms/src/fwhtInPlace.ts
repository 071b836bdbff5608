import { fwhtKernel32 } from "./internal/fwhtKernel32.js";
import { fwhtKernel64 } from "./internal/fwhtKernel64.js";
import { validateReal } from "./internal/validateReal.js";

/**
 * {@link fwht} in place: overwrites x with its orthonormal Walsh–Hadamard transform (natural, i.e.
 * Hadamard / Sylvester, order). Float32Array input is transformed in float32 storage, for speed
 * (rotation-quant); arithmetic inside each radix-8 butterfly is in double.
 *
 * @param x - a Float64Array or Float32Array whose length n is a power of two (n ≥ 1).
 * @throws TypeError for another kind; RangeError when n is not a power of two.
 * @remarks Cache-blocked radix-8 butterflies with the 1/√n folded into the first pass; see
 *   {@link fwht}. The transform is an involution: calling it twice restores x up to rounding.
 * @example
 * ```ts
 * const x = new Float32Array([1, 1, 1, 1]);
 * fwhtInPlace(x); // x = [2, 0, 0, 0]
 * ```
 */
export function fwhtInPlace(x: Float64Array | Float32Array): void {
  validateReal("x", x);
  if (x instanceof Float64Array) fwhtKernel64(x, 0, x.length);
  else fwhtKernel32(x, 0, x.length);
}
