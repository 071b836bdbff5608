import { checkMemory, validateChoice, validateInteger, validateOptions } from "@qmckit/core";
import { affineGaussian, type GaussianFields } from "../internal/affineGaussian.js";
import { checkSymmetric, choleskyFactor, pcaFactor } from "../internal/factorize.js";
import { validateSquareMatrix, validateVector } from "../internal/validateVector.js";
import type { Measure } from "./Measure.js";

/** Options of {@link gaussian}. */
export interface GaussianOptions {
  /**
   * Number of coordinates, in [1, 65536] with the five d × d factors within the memory budget of one call
   * (`MEMORY_BUDGET_BYTES` of @qmckit/core: d ≤ 10,362); needed only when neither `mean` nor `covariance`
   * is an array.
   */
  dimension?: number;
  /** Mean vector, or a scalar for every coordinate; default 0. */
  mean?: number | ArrayLike<number>;
  /**
   * Covariance: a scalar c (c·I), an array of d variances (diagonal), or a nested `[d][d]` symmetric
   * positive semidefinite matrix; default 1 (the identity).
   */
  covariance?: number | ArrayLike<number> | ArrayLike<ArrayLike<number>>;
  /** Factor used by the transform: `'pca'` (default; A = V√Λ, best for QMC) or `'cholesky'`. */
  decomposition?: "pca" | "cholesky";
}

/** A Gaussian measure: {@link Measure} plus its mean, covariance and factor. */
export type GaussianMeasure = Measure & GaussianFields;

function isNested(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === "object";
}

/**
 * The Gaussian measure N(μ, Σ) on ℝ^d, sampled from the unit cube by t = μ + A·Φ⁻¹(u).
 *
 * @param options - see {@link GaussianOptions}.
 * @returns a {@link GaussianMeasure}.
 * @throws TypeError for wrong kinds or unknown options; RangeError for a dimension mismatch between
 *   `mean` and `covariance`, a non-symmetric or indefinite covariance, an unknown decomposition, or a
 *   dimension whose d × d factors exceed the memory budget.
 *
 * @remarks
 * PCA orders the eigenvectors by decreasing eigenvalue and makes the first entry of each column
 * non-negative (QMCPy's convention): for Σ = [[9, 4], [4, 5]] it gives A ≈ [[2.8812, 0.8359],
 * [1.7807, −1.3525]]. PCA puts the most variance in the first coordinates, where low-discrepancy points
 * are best distributed; Cholesky (lower triangular L) is the cheaper alternative.
 *
 * @example
 * ```ts
 * const mu = gaussian({ mean: [1, 2], covariance: [[9, 4], [4, 5]], decomposition: "cholesky" });
 * mu.factor; // Float64Array [3, 0, 1.3333…, 1.7950…]
 * ```
 */
export function gaussian(options?: GaussianOptions): GaussianMeasure {
  const o = validateOptions("options", options, ["dimension", "mean", "covariance", "decomposition"]);
  const { mean = 0, covariance = 1 } = o;
  const decomposition = validateChoice("decomposition", o.decomposition ?? "pca", ["pca", "cholesky"]);
  let d: number;
  if (o.dimension !== undefined) d = validateInteger("dimension", o.dimension, 1, 2 ** 16);
  else if (typeof mean === "object" && mean !== null) d = (mean as ArrayLike<number>).length;
  else if (typeof covariance === "object" && covariance !== null) d = (covariance as ArrayLike<unknown>).length;
  else d = 1;
  validateInteger("dimension", d, 1, 2 ** 16);
  // Σ, its ml-matrix copy, the eigenvectors (or Cholesky factor), the factor and a workspace: five d × d arrays.
  checkMemory(`dimension ${d} (the d × d covariance and its factors)`, 5 * 8 * d * d);
  const mu = validateVector("mean", mean, d);
  let sigma: Float64Array;
  if (typeof covariance === "number" || isNested(covariance)) {
    sigma = validateSquareMatrix("covariance", covariance, d);
  } else {
    const diag = validateVector("covariance", covariance, d);
    sigma = new Float64Array(d * d);
    for (let i = 0; i < d; i++) sigma[i * d + i] = diag[i];
  }
  for (let i = 0; i < d; i++)
    if (!(sigma[i * d + i] >= 0)) throw new RangeError(`covariance[${i}][${i}] must be ≥ 0; got ${sigma[i * d + i]}`);
  checkSymmetric("covariance", sigma, d);
  const factor = decomposition === "pca" ? pcaFactor("covariance", sigma, d) : choleskyFactor("covariance", sigma, d);
  return affineGaussian("gaussian", mu, sigma, factor);
}
