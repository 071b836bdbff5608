/**
 * A symmetric univariate law, the target of a Lloyd-Max codebook, in *scaled units* (unit variance):
 * for the marginal of a rotated unit vector of dimension d, the variable is y = √d · x.
 *
 * Every method takes a positive interval 0 ≤ a ≤ b ≤ {@link support}: codebooks are solved on the
 * positive half and mirrored. `mass` must stay accurate in the upper tail (no 1 − F cancellation).
 */
export interface Marginal {
  /** "gaussian" or "sphere(d=…)": recorded in codebooks and error messages. */
  readonly name: string;
  /** The upper end of the support: Infinity for the Gaussian, √d for the sphere marginal. */
  readonly support: number;
  /** The density at y. */
  density(y: number): number;
  /** P(a < Y < b). */
  mass(a: number, b: number): number;
  /** ∫ₐᵇ y · density(y) dy. */
  firstMoment(a: number, b: number): number;
  /** ∫ₐᵇ y² · density(y) dy. */
  secondMoment(a: number, b: number): number;
}
