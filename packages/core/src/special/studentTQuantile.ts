import { checkNumbers } from "../internal/checkNumbers.js";
import { regularizedBeta } from "./betaIncomplete.js";
import { logGamma } from "./logGamma.js";
import { normalQuantile } from "./normalQuantile.js";

/**
 * The Student-t quantile: the t with P(T_ν ≤ t) = p for ν degrees of freedom.
 *
 * @param p - a probability in [0, 1].
 * @param dof - ν > 0 (need not be an integer).
 * @returns the quantile; ∓∞ at p = 0, 1; NaN outside the domain or for NaN.
 *
 * @remarks
 * Closed forms for ν = 1 (Cauchy: ± cot(π min(p, 1 − p))) and ν = 2 ((2p − 1)/√(2p(1 − p))). Otherwise Newton's
 * method on the log of the tail probability, log(½ I_{ν/(ν+t²)}(ν/2, ½)) = log min(p, 1 − p) (the upper
 * tail is never formed as 1 − something small), started from the Cornish–Fisher expansion around the
 * normal quantile (A&S 26.7.5) and kept inside a bisection bracket. Accuracy follows that of
 * {@link betaIncomplete}.
 *
 * @example
 * ```ts
 * studentTQuantile(0.975, 1);  // 12.706204736174694
 * studentTQuantile(0.975, 10); // ≈ 2.228138851986274
 * ```
 */
export function studentTQuantile(p: number, dof: number): number {
  checkNumbers(["p", "dof"], [p, dof]);
  if (!(p >= 0 && p <= 1 && dof > 0)) return Number.NaN;
  if (p === 0.5) return 0;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const sign = p < 0.5 ? -1 : 1;
  const tail = p < 0.5 ? p : 1 - p;
  if (dof === 1) return sign / Math.tan(Math.PI * tail);
  if (dof === 2) return (sign * (1 - 2 * tail)) / Math.sqrt(2 * tail * (1 - tail));
  if (dof === Number.POSITIVE_INFINITY) return sign * -normalQuantile(tail);
  return sign * upperTailQuantile(tail, dof);
}

/** The t > 0 with P(T_ν > t) = q, for q < ½. */
function upperTailQuantile(q: number, nu: number): number {
  const logQ = Math.log(q);
  // P(T > t) = ½ I_x(ν/2, ½) with x = ν/(ν + t²), and 1 − x = t²/(ν + t²) formed directly, not as 1 − x.
  const logTail = (t: number) => {
    const t2 = t * t;
    return Math.log(0.5 * regularizedBeta(nu / (nu + t2), t2 / (nu + t2), nu / 2, 0.5));
  };
  // log density of T_ν at t, for the Newton step d/dt log P(T > t) = −f(t)/P(T > t).
  const logNorm = logGamma((nu + 1) / 2) - logGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI);
  const logDensity = (t: number) => logNorm - ((nu + 1) / 2) * Math.log1p((t * t) / nu);
  // Cornish–Fisher start (A&S 26.7.5), then bracket [lo, hi] with P(T > lo) > q > P(T > hi).
  const z = -normalQuantile(q);
  const z2 = z * z;
  let t = z + (z * (z2 + 1)) / (4 * nu) + (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * nu * nu);
  if (!(t > 0) || !Number.isFinite(t)) t = 1;
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 200; k++) {
    const lt = logTail(t);
    const g = lt - logQ;
    if (g > 0) lo = t;
    else hi = t;
    if (g === 0) return t;
    // Newton on log P(T > t) − log q: t ← t + g · P(T > t) / f(t).
    let next = t + g * Math.exp(lt - logDensity(t));
    if (!(next > lo && next < hi)) next = hi === Number.POSITIVE_INFINITY ? 2 * t : 0.5 * (lo + hi);
    if (Math.abs(next - t) <= 1e-15 * t) return next;
    t = next;
  }
  return t;
}
