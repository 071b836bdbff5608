import { fwhtSignedKernel32 } from "./internal/fwhtSignedKernel32.js";
import { validateSigned } from "./internal/validateSigned.js";

/**
 * Random signs, then the orthonormal Walsh–Hadamard transform, in place on a float32 row:
 * `x[offset, offset + n) ← H · diag(signs) · x[offset, offset + n)`, with n = signs.length and H as in
 * {@link fwhtInPlace}. One round of a randomized Hadamard rotation (rotation-quant).
 *
 * @param x - the Float32Array holding the row.
 * @param signs - the diagonal, n entries ±1 (not checked); n is a power of two in [1, 2^30].
 * @param offset - where the row starts in x (default 0); x.length ≥ offset + n.
 * @throws TypeError when x is not a Float32Array, signs not a Float64Array or offset not a number;
 *   RangeError when signs.length is not a power of two or the row does not fit in x.
 * @remarks Bit for bit the same as multiplying `x[offset + j]` by `signs[j]` and then calling
 *   {@link fwhtInPlace} on the row (±1 products are exact). For n ≤ 2^12 the signs are folded into
 *   the loads of the first butterfly pass, saving a sweep of the row.
 * @example
 * ```ts
 * const x = new Float32Array([1, -1, 1, -1]);
 * fwhtSignedInPlace(x, new Float64Array([1, -1, 1, -1])); // x = [2, 0, 0, 0]
 * ```
 */
export function fwhtSignedInPlace(x: Float32Array, signs: Float64Array, offset = 0): void {
  validateSigned("x", x, signs, "offset", offset);
  fwhtSignedKernel32(x, offset, signs);
}
