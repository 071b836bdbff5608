import { checkNumbers } from "../internal/checkNumbers.js";
import { stirlingCorrection } from "../internal/stirlingCorrection.js";

const HALF_LOG_TWO_PI = 0.9189385332046728;

/**
 * The natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * @param x - a positive real; x ≤ 0 or NaN gives NaN (outside the domain used here).
 * @returns ln Γ(x).
 *
 * @remarks
 * Shifts x up to at least 15 with Γ(x) = Γ(x + n) / (x (x+1) ⋯ (x+n−1)), then sums the Stirling series
 * (x − ½) ln x − x + ½ ln 2π + Σₖ B₂ₖ / (2k(2k−1) x^(2k−1)) to k = 8, whose truncation error at x ≥ 15 is
 * below 1e-20. Construction-time use only.
 *
 * @example
 * ```ts
 * logGamma(5);    // ≈ ln 24 = 3.1780538303479458
 * logGamma(0.5);  // ≈ ln √π = 0.5723649429247
 * ```
 */
export function logGamma(x: number): number {
  checkNumbers(["x"], [x]);
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  let product = 1;
  while (x < 15) {
    product *= x;
    x += 1;
    shift++;
  }
  const value = (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x);
  return shift === 0 ? value : value - Math.log(product);
}
