import type { PointSet } from "@qmckit/core";
import type { NetIntegers } from "@qmckit/digital-net";

/**
 * The most entries {@link Kernel.matrix} returns (and {@link FastGram.crossCovariance} allocates):
 * 2^24, i.e. a 4096 × 4096 matrix (128 MiB). Larger Gram matrices are what {@link FastGram} avoids.
 * @example
 * ```ts
 * Math.sqrt(MAX_MATRIX_ENTRIES); // 4096
 * ```
 */
export const MAX_MATRIX_ENTRIES = 2 ** 24;

/**
 * Points given to a shift-invariant kernel: a {@link PointSet} (all replications, as rows) or a flat
 * row-major Float64Array of `rows × dimension` coordinates (any real values; the kernel is 1-periodic).
 * @example
 * ```ts
 * const twoPoints: PointInput = new Float64Array([0.1, 0.2, 0.3, 0.4]); // d = 2
 * ```
 */
export type PointInput = PointSet | Float64Array;

/**
 * Points given to a digitally-shift-invariant kernel: the exact integer form of a digital net
 * ({@link NetIntegers}, whose `bits` must equal the kernel's), or floats as in {@link PointInput},
 * converted to `bits`-bit binary fractions by `⌊{x}·2^bits⌋` (exact for bits ≤ 53).
 * @example
 * ```ts
 * const ints: NetPointInput = new DigitalNet(2, { seed: 1 }).integers(8);
 * ```
 */
export type NetPointInput = PointInput | NetIntegers;

/**
 * What every kernel of this package offers: pairwise evaluation with broadcasting, dense matrices for
 * small problems, the one-minus form and the integral.
 *
 * Inputs have `rows` points each. `evaluate(x, z)` pairs row i of x with row i of z when both have the
 * same number of rows, and broadcasts a single row against all rows of the other input.
 * @example
 * ```ts
 * const k: Kernel<PointInput> = shiftInvariantKernel({ dimension: 2 });
 * k.evaluate(new Float64Array([0, 0]), new Float64Array([0.5, 0.5, 0.25, 0.75])); // two values
 * ```
 */
export interface Kernel<I> {
  /** Number of coordinates d. */
  readonly dimension: number;
  /** The scale S > 0 (the kernel's integral). */
  readonly scale: number;
  /** Product weights γ_j ≥ 0, one per coordinate. */
  readonly weights: readonly number[];
  /**
   * K(x_i, z_i) for every pair (with broadcasting), as a new Float64Array (or `out`).
   * @throws TypeError for an input of the wrong kind; RangeError for a wrong shape or incompatible row counts.
   */
  evaluate(x: I, z: I, out?: Float64Array): Float64Array;
  /**
   * K(x_i, z_i) − 1 computed without cancellation: `S·(∏_j(1 + γ_j K̃_j) − 1) + (S − 1)`, the product
   * minus one accumulated as `M ← M + t_j(1 + M)`. Accurate when K ≈ 1 (long lengthscales, small γ).
   */
  evaluateMinusOne(x: I, z: I, out?: Float64Array): Float64Array;
  /**
   * The unweighted one-dimensional factors K̃_j(x_ij, z_ij), row-major `pairs × dimension`: the
   * building blocks of derivatives in the weights (∂K/∂γ_j = S·K̃_j·∏_{l≠j}(1 + γ_l K̃_l)).
   */
  factors(x: I, z: I, out?: Float64Array): Float64Array;
  /**
   * The dense matrix K(x_i, z_l), row-major `rows(x) × rows(z)`.
   * @throws RangeError when it would have more than {@link MAX_MATRIX_ENTRIES} entries.
   */
  matrix(x: I, z: I): Float64Array;
  /** ∫_{[0,1]^d} K(x, z) dz = S for every x (each K̃_j has mean zero). */
  integral(): number;
  /** K(x, x) = S·∏_j(1 + γ_j K̃_j(0)), the same for every x. */
  diagonal(): number;
}
