import { checkNumbers } from "../internal/checkNumbers.js";
import { log1pmx } from "../internal/log1pmx.js";
import { stirlingCorrection } from "../internal/stirlingCorrection.js";
import { logGamma } from "./logGamma.js";

const HALF_LOG_TWO_PI = 0.9189385332046728;

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b).
 *
 * @param x - in [0, 1].
 * @param a - positive.
 * @param b - positive.
 * @returns I_x(a, b) in [0, 1]; NaN outside the domain.
 *
 * @remarks
 * The continued fraction of Numerical Recipes §6.4 (DLMF 8.17.22) evaluated by the modified Lentz method,
 * applied directly when x < (a + 1)/(a + b + 2) and through I_x(a, b) = 1 − I_{1−x}(b, a) otherwise, so
 * that it converges in O(√max(a, b)) steps. The prefactor x^a (1−x)^b / B(a, b) is formed in logarithms
 * around its peak x₀ = a/(a + b) when a, b ≥ 10, as a·(ln(1+u) − u) + b·(ln(1+v) − v) + ½ ln(ab/(2π(a+b)))
 * − Δ(a) − Δ(b) + Δ(a+b) with u = x/x₀ − 1, v = (1−x)/(1−x₀) − 1 and Stirling's corrections Δ (the
 * first-order terms a·u + b·v cancel exactly), so that no large logarithms cancel; and with the
 * Stirling difference for ln Γ(b) − ln Γ(a+b) when only b is large. For an upper tail call it with
 * 1 − x and swapped (a, b) directly rather than subtracting from 1.
 *
 * @example
 * ```ts
 * betaIncomplete(0.5, 3, 3);   // 0.5 (symmetry)
 * betaIncomplete(0.25, 1, 1);  // ≈ 0.25 (uniform)
 * ```
 */
export function betaIncomplete(x: number, a: number, b: number): number {
  checkNumbers(["x", "a", "b"], [x, a, b]);
  if (!(x >= 0 && x <= 1 && a > 0 && b > 0)) return Number.NaN;
  return regularizedBeta(x, 1 - x, a, b);
}

/**
 * I_x(a, b) given both x and y = 1 − x, for callers that know the smaller of the two more accurately
 * than its complement (e.g. y = t²/(ν + t²) near 0): every use of 1 − x reads y. Unchecked inputs.
 */
export function regularizedBeta(x: number, y: number, a: number, b: number): number {
  checkNumbers(["x", "y", "a", "b"], [x, y, a, b]);
  if (x === 0 || y === 1) return 0;
  if (y === 0 || x === 1) return 1;
  const logFront = logPrefactor(x, y, a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaFraction(y, b, a)) / b;
}

/** ln(x^a y^b / B(a, b)) with y = 1 − x, without cancelling large logarithms (see {@link betaIncomplete}). */
function logPrefactor(x: number, y: number, a: number, b: number): number {
  const s = a + b;
  // Logarithms and the deviation from the peak from whichever of x, y is below ½ (the accurate one).
  const logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
  if (a >= 10 && b >= 10) {
    const d = x <= 0.5 ? x - a / s : b / s - y;
    const u = (d * s) / a;
    const v = (-d * s) / b;
    const peak = 0.5 * Math.log((a * b) / s) - HALF_LOG_TWO_PI;
    return a * log1pmx(u) + b * log1pmx(v) + peak - stirlingCorrection(a) - stirlingCorrection(b) + stirlingCorrection(s);
  }
  if (b >= 10 || a >= 10) {
    // One large parameter L and a small one m: ln Γ(L + m) − ln Γ(L) by Stirling's formula, as
    // (L − ½) ln(1 + m/L) + m ln(L + m) − m + Δ(L + m) − Δ(L).
    const [large, small] = b >= 10 ? [b, a] : [a, b];
    const growth = (large - 0.5) * Math.log1p(small / large) + small * Math.log(s) - small;
    const logInvB = growth + stirlingCorrection(s) - stirlingCorrection(large) - logGamma(small);
    return a * logX + b * logY + logInvB;
  }
  return a * logX + b * logY - (logGamma(a) + logGamma(b) - logGamma(s));
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}
