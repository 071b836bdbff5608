import { validateInteger, validateOptions } from "@qmckit/core";
import { affineGaussian } from "../internal/affineGaussian.js";
import { validateVector } from "../internal/validateVector.js";
import type { Measure } from "./Measure.js";
import { boxMeasure } from "./uniform.js";

/** Options of {@link lebesgue}. */
export interface LebesgueOptions {
  /** Lower bounds (a number or d numbers); default −∞. */
  lower?: number | ArrayLike<number>;
  /** Upper bounds (a number or d numbers); default +∞. */
  upper?: number | ArrayLike<number>;
}

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Lebesgue measure on a box [lower, upper] (all bounds finite) or on all of ℝ^d (all bounds infinite).
 *
 * @param dimension - an integer in [1, 65536].
 * @param options - bounds; omitted bounds mean ℝ^d.
 * @throws RangeError when some bounds are finite and others infinite, or upper ≤ lower.
 *
 * @remarks
 * On a box, t = lower + (upper − lower)·u with weight w ≡ volume, so the integral is volume × the mean.
 * On ℝ^d the sampler is the standard Gaussian, t = Φ⁻¹(u), with weight w = 1/φ(t) = (2π)^{d/2} e^{‖t‖²/2}
 * (importance weighting); the integrand must decay faster than φ for a finite variance. To sample with
 * another Gaussian, pass it as `sampler` to {@link integrand}.
 *
 * @example
 * ```ts
 * // ∫_ℝ e^{−t²} dt = √π
 * const f = integrand(lebesgue(1), (t) => t.data.map((x) => Math.exp(-x * x)));
 * ```
 */
export function lebesgue(dimension: number, options?: LebesgueOptions): Measure {
  const d = validateInteger("dimension", dimension, 1, 2 ** 16);
  const o = validateOptions("options", options, ["lower", "upper"]);
  const lo = validateVector("lower", o.lower ?? Number.NEGATIVE_INFINITY, d, true);
  const hi = validateVector("upper", o.upper ?? Number.POSITIVE_INFINITY, d, true);
  const finite = lo.every(Number.isFinite) && hi.every(Number.isFinite);
  if (finite) return boxMeasure("lebesgue", d, lo, hi, false);
  const whole = lo.every((x) => x === Number.NEGATIVE_INFINITY) && hi.every((x) => x === Number.POSITIVE_INFINITY);
  if (!whole)
    throw new RangeError(
      `lower and upper must be all finite (a box) or all infinite (ℝ^d); got lower = [${Array.from(lo)}], upper = [${Array.from(hi)}]`,
    );
  const identity = new Float64Array(d * d);
  for (let j = 0; j < d; j++) identity[j * d + j] = 1;
  const sampler = affineGaussian("gaussian", new Float64Array(d), identity, identity);
  return {
    kind: "lebesgue",
    dimension: d,
    mass: Number.POSITIVE_INFINITY,
    transform(u, t, w, n) {
      sampler.transform(u, t, w, n);
      for (let i = 0; i < n; i++) {
        let q = 0;
        for (let j = 0; j < d; j++) q += t[i * d + j] ** 2;
        w[i] *= Math.exp(d * HALF_LOG_2PI + 0.5 * q);
      }
    },
    logDensity(_t, out, n) {
      return out.fill(0, 0, n);
    },
  };
}
