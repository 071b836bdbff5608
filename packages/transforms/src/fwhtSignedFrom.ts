import { fwhtSignedFromKernel32 } from "./internal/fwhtSignedKernel32.js";
import { validateSigned } from "./internal/validateSigned.js";

/**
 * A scaled float32 copy, random signs, then the orthonormal Walsh–Hadamard transform:
 * `dst[dstOffset, dstOffset + n) ← H · diag(signs) · float32(scale · src[srcOffset, srcOffset + n))`,
 * with n = signs.length and H as in {@link fwhtInPlace}. The first round of a randomized Hadamard
 * rotation applied while copying the input (rotation-quant's `forwardFrom`).
 *
 * @param src - the Float32Array holding the source row.
 * @param srcOffset - where the source row starts; src.length ≥ srcOffset + n.
 * @param scale - the factor applied to each source entry before rounding to float32.
 * @param signs - the diagonal, n entries ±1 (not checked); n is a power of two in [1, 2^30].
 * @param dst - the Float32Array receiving the row; the same range as the source row, or disjoint from it.
 * @param dstOffset - where the output row starts; dst.length ≥ dstOffset + n.
 * @throws TypeError for another kind of array or a non-number offset or scale; RangeError when
 *   signs.length is not a power of two or a row does not fit in its array.
 * @remarks Bit for bit the same as storing `scale · src[srcOffset + j] · signs[j]` into
 *   `dst[dstOffset + j]` (float32 rounding is sign-symmetric, so the sign may come before or after it)
 *   and then calling {@link fwhtInPlace} on the row. For 8 ≤ n ≤ 2^12 the copy and the signs are
 *   folded into the loads of the first butterfly pass.
 * @example
 * ```ts
 * const src = new Float32Array([0.5, -0.5, 0.5, -0.5]);
 * const dst = new Float32Array(4);
 * fwhtSignedFrom(src, 0, 2, new Float64Array([1, -1, 1, -1]), dst, 0); // dst = [2, 0, 0, 0]
 * ```
 */
export function fwhtSignedFrom(
  src: Float32Array,
  srcOffset: number,
  scale: number,
  signs: Float64Array,
  dst: Float32Array,
  dstOffset: number,
): void {
  validateSigned("src", src, signs, "srcOffset", srcOffset);
  validateSigned("dst", dst, signs, "dstOffset", dstOffset);
  if (typeof scale !== "number") throw new TypeError(`scale must be a number; got ${typeof scale}`);
  fwhtSignedFromKernel32(src, srcOffset, scale, signs, dst, dstOffset);
}
