import { validateFloatArray } from "@qmckit/core";
import { fwhtKernel32 } from "./internal/fwhtKernel32.js";
import { fwhtKernel64 } from "./internal/fwhtKernel64.js";
import { validateBatch } from "./internal/validateBatch.js";

/**
 * {@link fwhtInPlace} on every row of a flat `batch × n` array (row-major: row r is
 * `x[r·n, (r + 1)·n)`).
 *
 * @param x - a Float64Array or Float32Array of length batch · n (batch ≥ 0).
 * @param n - the row length, a power of two in [1, 2^30].
 * @throws TypeError for another kind of x or a non-number n; RangeError when n is not a power of two
 *   or x.length is not a multiple of n.
 * @example
 * ```ts
 * const x = new Float64Array([1, 1, 1, 1, 4, 0, 0, 0]); // two rows of length 4
 * fwhtBatchInPlace(x, 4); // x = [2, 0, 0, 0, 2, 2, 2, 2]
 * ```
 */
export function fwhtBatchInPlace(x: Float64Array | Float32Array, n: number): void {
  const arr = validateFloatArray("x", x);
  validateBatch("x", arr.length, n);
  if (arr instanceof Float64Array) for (let o = 0; o < arr.length; o += n) fwhtKernel64(arr, o, n);
  else for (let o = 0; o < arr.length; o += n) fwhtKernel32(arr, o, n);
}
