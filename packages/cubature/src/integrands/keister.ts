import { validateInteger } from "@qmckit/core";
import { type Integrand, integrand } from "../integrand.js";
import { gaussian } from "../measures/gaussian.js";

/** Dawson's integral D(½) = e^{-1/4} ∫₀^{1/2} e^{s²} ds = ∫₀^∞ sin(r) e^{-r²} dr, by its power series. */
function dawsonHalf(): number {
  let term = 0.5;
  let sum = 0;
  for (let k = 0; k < 40; k++) {
    // ∫₀^x e^{s²} ds = Σ x^{2k+1} / (k! (2k+1)) at x = ½; term = x^{2k+1}/k!.
    sum += term / (2 * k + 1);
    term *= 0.25 / (k + 1);
  }
  return Math.exp(-0.25) * sum;
}

/**
 * The exact Keister integral ∫_{ℝ^d} cos‖x‖ e^{−‖x‖²} dx = |S^{d−1}| · I_{d−1}, with
 * I_k = ∫₀^∞ r^k cos r e^{−r²} dr and J_k = ∫₀^∞ r^k sin r e^{−r²} dr from the integration-by-parts
 * recursions I_k = ((k−1)I_{k−2} − J_{k−1} + [k = 1])/2, J_k = ((k−1)J_{k−2} + I_{k−1})/2,
 * I_0 = (√π/2)e^{−1/4}, J_0 = D(½) (Dawson), and |S^{d−1}| = 2π^{d/2}/Γ(d/2).
 *
 * @param d - the dimension, an integer in [1, 100] (as {@link keister}).
 * @throws TypeError for a non-number; RangeError naming `d` for anything else outside that range.
 */
export function keisterExact(d: number): number {
  validateInteger("d", d, 1, 100);
  const I: number[] = [(Math.sqrt(Math.PI) / 2) * Math.exp(-0.25)];
  const J: number[] = [dawsonHalf()];
  for (let k = 1; k < d; k++) {
    const i2 = k >= 2 ? I[k - 2] : 0;
    const j2 = k >= 2 ? J[k - 2] : 0;
    I.push(((k - 1) * i2 - J[k - 1] + (k === 1 ? 1 : 0)) / 2);
    J.push(((k - 1) * j2 + I[k - 1]) / 2);
  }
  // |S^{d−1}| = 2π^{d/2}/Γ(d/2), Γ(d/2) by its recursion from Γ(1) = 1 or Γ(½) = √π.
  let gammaHalf = d % 2 === 0 ? 1 : Math.sqrt(Math.PI);
  for (let a = d % 2 === 0 ? 1 : 0.5; a < d / 2; a++) gammaHalf *= a;
  return ((2 * Math.PI ** (d / 2)) / gammaHalf) * I[d - 1];
}

/**
 * Keister's test integrand (Keister 1996; Caflisch, Morokoff & Owen 1997):
 * ∫_{ℝ^d} π^{d/2} cos‖t‖ N(0, I/2)(dt) = ∫_{ℝ^d} cos‖x‖ e^{−‖x‖²} dx, with its exact value.
 *
 * @param dimension - d, an integer in [1, 100].
 * @returns a scalar {@link Integrand} on `gaussian({ covariance: 1/2 })` with `exactValue`.
 * @throws RangeError for a bad dimension.
 *
 * @remarks
 * Exact values for d = 1..10 are 1.3803884470, 1.8081864293, 2.1683091022, 2.1659293026, 1.1353239910,
 * −2.3273037293, −11.056849080, −30.609075004, −71.633234280, −154.19388562 (see {@link keisterExact}).
 *
 * @example
 * ```ts
 * const f = keister(3);
 * f.exactValue; // 2.168309102165481
 * ```
 */
export function keister(dimension: number): Integrand<"scalar"> {
  const d = validateInteger("dimension", dimension, 1, 100);
  const c = Math.PI ** (d / 2);
  return integrand(
    gaussian({ dimension: d, covariance: 0.5 }),
    (t) => {
      const y = new Float64Array(t.n);
      const x = t.data;
      for (let i = 0; i < t.n; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += x[i * d + j] ** 2;
        y[i] = c * Math.cos(Math.sqrt(s));
      }
      return y;
    },
    { exactValue: keisterExact(d) },
  );
}
