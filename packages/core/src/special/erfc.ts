import { checkNumbers } from "../internal/checkNumbers.js";
import { erfSeries } from "../internal/erfSeries.js";
import { expMinusSquare } from "../internal/expMinusSquare.js";

const INV_SQRT_PI = 0.5641895835477563;

/**
 * The complementary error function erfc(x) = (2/√π) ∫ₓ^∞ e^(−t²) dt, with full relative precision in the
 * upper tail (no cancellation: erfc(26) ≈ 5.7e−296 is as accurate as erfc(3)).
 *
 * @param x - any real number; NaN gives NaN.
 * @returns erfc(x) in [0, 2].
 *
 * @remarks
 * For 0 ≤ x ≤ 0.75 the series of erf (all terms positive) and erfc = 1 − erf; for x > 0.75 the Laplace
 * continued fraction erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) by the modified
 * Lentz method, with e^(−x²) formed from an exact split of x² (A&S 7.1.6, 7.1.14); erfc(−x) = 2 − erfc(x).
 * Accuracy against mpmath (`test/fixtures/special.py`): see `docs/ARCHITECTURE.md` and the tests.
 *
 * @example
 * ```ts
 * erfc(0); // 1
 * erfc(3); // ≈ 2.2090496998585445e-5
 * ```
 */
export function erfc(x: number): number {
  checkNumbers(["x"], [x]);
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x <= 0.75) return 1 - erfSeries(x);
  if (x > 27.3) return 0;
  return expMinusSquare(x) * INV_SQRT_PI * laplaceFraction(x);
}

/** 1/(x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …)))) by the modified Lentz algorithm. */
function laplaceFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 20000; n++) {
    const a = n / 2;
    d = x + a * d;
    if (d === 0) d = tiny;
    c = x + a / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / f;
}
