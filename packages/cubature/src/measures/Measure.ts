/** The kinds of measure this package builds. */
export type MeasureKind = "uniform" | "gaussian" | "brownian-motion" | "lebesgue";

/**
 * A measure μ on ℝ^d together with a transport from the unit cube: a map T and a weight w with
 * `∫ g dμ = ∫_{[0,1)^d} g(T(u)) w(u) du` for every integrable g.
 *
 * @remarks
 * Probability measures sampled by their own inverse transform have w ≡ 1 (uniform, Gaussian, Brownian
 * motion); Lebesgue measure on a box has w ≡ its volume, and on ℝ^d it is sampled through a standard
 * Gaussian with w = 1/φ(T(u)). `logDensity` (with respect to Lebesgue measure) lets another measure
 * serve as the sampler of this one: {@link integrand} then multiplies by ρ_μ(t)/ρ_ν(t) (importance
 * weighting). Coordinates of u equal to exactly 0 are mapped as if they were 2^-54 by the measures
 * that need Φ⁻¹, so that an unrandomized point 0 does not become −∞.
 *
 * @example
 * ```ts
 * const mu = gaussian({ mean: [0, 0], covariance: [[9, 4], [4, 5]] });
 * const t = new Float64Array(2), w = new Float64Array([1]);
 * mu.transform(new Float64Array([0.5, 0.5]), t, w, 1); // t = [0, 0] (the mean), w = [1]
 * ```
 */
export interface Measure {
  /** Which family the measure belongs to. */
  readonly kind: MeasureKind;
  /** Number of coordinates d. */
  readonly dimension: number;
  /** Total mass: 1 for probability measures, the volume for Lebesgue measure on a box, ∞ on ℝ^d. */
  readonly mass: number;
  /**
   * Maps `n` rows of `u` (row-major n × d, values in [0, 1)) to `t` (n × d) and multiplies `w[i]` by
   * the weight of row i. `t` may alias `u`.
   */
  transform(u: Float64Array, t: Float64Array, w: Float64Array, n: number): void;
  /** Writes log ρ_μ(t_i) (density with respect to Lebesgue measure; −∞ off the support) for n rows. */
  logDensity(t: Float64Array, out: Float64Array, n: number): Float64Array;
}
