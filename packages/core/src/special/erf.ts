import { checkNumbers } from "../internal/checkNumbers.js";
import { erfSeries } from "../internal/erfSeries.js";
import { erfc } from "./erfc.js";

/**
 * The error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt, with full relative precision near 0.
 *
 * @param x - any real number; NaN gives NaN.
 * @returns erf(x) in [−1, 1].
 *
 * @remarks
 * The series A&S 7.1.6 (all terms positive) for |x| ≤ 2, 1 − {@link erfc}(x) beyond; erf(−x) = −erf(x).
 *
 * @example
 * ```ts
 * erf(0);   // 0
 * erf(0.5); // ≈ 0.5204998778130465
 * ```
 */
export function erf(x: number): number {
  checkNumbers(["x"], [x]);
  if (Number.isNaN(x)) return Number.NaN;
  const a = Math.abs(x);
  const v = a <= 2 ? erfSeries(a) : 1 - erfc(a);
  return x < 0 ? -v : v;
}
