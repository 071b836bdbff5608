import { validateInteger } from "@qmckit/core";
import { checkCodebook } from "../internal/checkObjects.js";
import type { Codebook } from "./Codebook.js";

/** A codebook in the raw units of a rotated unit vector of dimension d, as float32 for the hot loops. */
export interface ScaledCodebook {
  readonly bits: number;
  /** The original dimension d whose 1/√d was applied. */
  readonly dimension: number;
  /** centroids / √d, float32. */
  readonly centroids: Float32Array;
  /** thresholds / √d, float32. */
  readonly thresholds: Float32Array;
}

/**
 * Converts a codebook from scaled units to the raw coordinates of a rotated unit vector in dimension d
 * by the factor 1/√d. **The only place the 1/√d codebook scale is applied** in this package.
 *
 * @param codebook - a codebook in scaled (unit-variance) units.
 * @param dimension - the *original* dimension d of the vectors (never a padded length).
 * @returns float32 centroids and thresholds divided by √d.
 * @throws RangeError naming `dimension` when it is not an integer in [1, 2^20].
 *
 * @remarks
 * A coordinate of a rotated unit vector has variance 1/d, so an N(0, 1) table must be divided by √d.
 * Forgetting it, or using √(padded d), is the most common bug of TurboQuant-style codecs in the wild
 * (FAISS #5317/#5517, Qdrant #8783, llama-cpp-turboquant #197, lmdeploy #4510).
 *
 * @throws TypeError / RangeError naming codebook (not a Codebook) or dimension.
 * @example
 * ```ts
 * scaleCodebook(gaussianCodebook(1), 64).centroids; // ±√(2/π)/8 ≈ ±0.0997
 * ```
 */
export function scaleCodebook(codebook: Codebook, dimension: number): ScaledCodebook {
  checkCodebook(codebook);
  validateInteger("dimension", dimension, 1, 2 ** 20);
  const factor = 1 / Math.sqrt(dimension);
  return Object.freeze({
    bits: codebook.bits,
    dimension,
    centroids: Float32Array.from(codebook.centroids, (c) => c * factor),
    thresholds: Float32Array.from(codebook.thresholds, (t) => t * factor),
  });
}
