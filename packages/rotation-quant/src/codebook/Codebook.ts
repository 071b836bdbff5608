/**
 * A symmetric scalar quantizer with 2^bits levels in *scaled units* (the variable √d · x, unit variance):
 * the quantizer maps y to centroids[k] where k is the number of thresholds strictly below y.
 * Multiply both arrays by 1/√d (see {@link scaleCodebook}) to quantize raw rotated coordinates.
 */
export interface Codebook {
  /** Bits per coordinate, 1..8. */
  readonly bits: number;
  /** The 2^bits reconstruction levels, ascending, symmetric about 0. */
  readonly centroids: Float64Array;
  /** The 2^bits − 1 decision thresholds (midpoints of adjacent centroids), ascending; the middle one is 0. */
  readonly thresholds: Float64Array;
  /** E[(Y − q(Y))²] under the marginal it was solved for, which is E‖u − û‖² for a unit vector u. */
  readonly mse: number;
  /** The marginal it is optimal for: "gaussian" or "sphere(d=…)". */
  readonly marginal: string;
}
