import { validateInteger } from "@qmckit/core";
import { betaIncomplete, logGamma } from "@qmckit/core/special";
import type { Marginal } from "./Marginal.js";

/** The largest dimension for which the exact marginal is offered (beyond, it is Gaussian to 1e-6). */
export const MAX_SPHERE_DIMENSION = 2 ** 20;

/**
 * The exact law of one coordinate of a uniformly random unit vector in ℝ^d, in scaled units y = √d · x,
 * as a {@link Marginal}.
 *
 * @param dimension - d, an integer in [2, 2^20].
 * @returns the marginal with density g(y) = C_d (1 − y²/d)^((d−3)/2) / √d on [−√d, √d],
 *   C_d = Γ(d/2) / (√π Γ((d−1)/2)); equivalently (1 + x)/2 ~ Beta((d−1)/2, (d−1)/2).
 * @throws RangeError naming `dimension` when it is not an integer in [2, 2^20].
 *
 * @remarks
 * With s = a/√d, t = b/√d and α = (d − 1)/2:
 * - mass = I_{(1−s)/2}(α, α) − I_{(1−t)/2}(α, α) (upper tails, so no cancellation against 1);
 * - ∫ y g = √d · C_d/(d − 1) · [(1 − s²)^α − (1 − t²)^α];
 * - ∫ y² g = P_{d+2}(s < X < t) − d · C_d/(d − 1) · [t (1 − t²)^α − s (1 − s²)^α], from
 *   x²(1−x²)^(α−1) = [(1−x²)^α − d/dx(x (1−x²)^α)] / (2α) and C_d / ((d−1) C_{d+2}) = 1/d.
 *   (The shortcut "∫ x² f_d = P_{d+2}/d" holds only over the whole support: the boundary term matters.)
 *
 * @example
 * ```ts
 * const m = sphereMarginal(128);
 * m.secondMoment(0, m.support) * 2; // 1: unit variance in scaled units
 * ```
 */
export function sphereMarginal(dimension: number): Marginal {
  const d = validateInteger("dimension", dimension, 2, MAX_SPHERE_DIMENSION);
  const sqrtD = Math.sqrt(d);
  const alpha = (d - 1) / 2;
  const c = Math.exp(logGamma(d / 2) - logGamma(alpha)) / Math.sqrt(Math.PI);
  const alpha2 = (d + 1) / 2;
  const tail = (y: number, a: number) => (y >= sqrtD ? 0 : betaIncomplete((1 - y / sqrtD) / 2, a, a));
  // (1 − x²)^α with x = y/√d, accurate for small x.
  const power = (y: number) => (y >= sqrtD ? 0 : Math.exp(alpha * Math.log1p(-(y * y) / d)));
  return Object.freeze({
    name: `sphere(d=${d})`,
    support: sqrtD,
    density: (y: number) => (Math.abs(y) >= sqrtD ? 0 : (c * Math.exp((alpha - 1) * Math.log1p(-(y * y) / d))) / sqrtD),
    mass: (a: number, b: number) => tail(a, alpha) - tail(b, alpha),
    firstMoment: (a: number, b: number) => ((sqrtD * c) / (d - 1)) * (power(a) - power(b)),
    secondMoment: (a: number, b: number) =>
      tail(a, alpha2) - tail(b, alpha2) - ((sqrtD * c) / (d - 1)) * (b * power(b) - a * power(a)),
  });
}
