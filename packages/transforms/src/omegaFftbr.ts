import { validateInteger } from "@qmckit/core";
import type { ComplexArray } from "./ComplexArray.js";
import { radix2Twiddles } from "./internal/fftbrTables.js";

/**
 * The doubling-update twiddles of {@link fftbr} (QMCPy's `omega_fftbr`): `ω[k] = e^{-iπk/2^m}`,
 * k = 0 … 2^m − 1. See {@link fftbrDoubling}.
 *
 * @param m - log2 of the half length, an integer in [0, 30].
 * @returns new arrays `{ re, im }` of length 2^m.
 * @throws TypeError for a non-number m; RangeError for m outside [0, 30] or fractional.
 * @remarks Angles are reduced exactly before cos/sin, so quadrant values are exact (ω[2^{m−1}] = −i).
 * @example
 * ```ts
 * omegaFftbr(2); // re = [1, √½, 0, −√½], im = [0, −√½, −1, −√½]
 * ```
 */
export function omegaFftbr(m: number): ComplexArray {
  validateInteger("m", m, 0, 30);
  const n = 2 ** m;
  const t = radix2Twiddles(n);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    re[k] = t[2 * k];
    im[k] = t[2 * k + 1];
  }
  return { re, im };
}
