/** The rotation families: see {@link HadamardRotation} and {@link FftRotation}. */
export type RotationKind = "hadamard" | "fft";

/**
 * A seeded orthogonal transform R of ℝ^d applied in place to the rows of a flat `count × d` buffer.
 * Both directions are exact inverses up to rounding (R is orthogonal, so the inverse is the transpose).
 */
export interface Rotation {
  readonly kind: RotationKind;
  readonly dimension: number;
  readonly rounds: number;
  /** The seed the signs (and phases) were drawn from. */
  readonly seed: number;
  /** Replaces every length-d row x of `rows` (length a multiple of d) by R x. */
  forwardInPlace(rows: Float32Array): Float32Array;
  /**
   * Writes R (s_i x_i) for the `count` rows x_i of `source` starting at element `offset` into `out`
   * (length ≥ count · d), with s_i = `rowScales[i]` (1 when omitted); the copy and scaling are fused
   * with the first round. Returns `out`.
   */
  forwardFrom(
    source: Float32Array | Float64Array,
    offset: number,
    count: number,
    out: Float32Array,
    rowScales?: Float64Array,
  ): Float32Array;
  /** Replaces every length-d row y of `rows` by Rᵀ y = R⁻¹ y. */
  inverseInPlace(rows: Float32Array): Float32Array;
}
