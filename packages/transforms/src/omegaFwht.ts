import { validateInteger } from "@qmckit/core";

/**
 * The doubling-update twiddles of {@link fwht} (QMCPy's `omega_fwht`): 2^m ones, so that
 * {@link fftbrDoubling} and {@link fwhtDoubling} share one formula `[a + ω·b, a − ω·b]/√2`.
 *
 * @param m - log2 of the half length, an integer in [0, 30].
 * @returns a new Float64Array of 2^m ones.
 * @throws TypeError for a non-number m; RangeError for m outside [0, 30] or fractional.
 * @example
 * ```ts
 * omegaFwht(2); // Float64Array [1, 1, 1, 1]
 * ```
 */
export function omegaFwht(m: number): Float64Array {
  validateInteger("m", m, 0, 30);
  return new Float64Array(2 ** m).fill(1);
}
