import type { Codebook } from "./Codebook.js";

/**
 * Builds the full symmetric {@link Codebook} from its positive centroids (ascending): the negative half
 * is the mirror image and the thresholds are the midpoints, with the middle threshold exactly 0.
 *
 * @param positive - the 2^(bits−1) positive centroids, ascending.
 * @param mse - the distortion to record.
 * @param marginal - the marginal's name to record.
 * @returns the codebook; bits = log2(2 · positive.length).
 *
 * @example
 * ```ts
 * codebookFromPositiveCentroids([Math.sqrt(2 / Math.PI)], 1 - 2 / Math.PI, "gaussian").centroids; // [−0.797…, 0.797…]
 * ```
 */
export function codebookFromPositiveCentroids(positive: ArrayLike<number>, mse: number, marginal: string): Codebook {
  const h = positive.length;
  const levels = 2 * h;
  const centroids = new Float64Array(levels);
  for (let i = 0; i < h; i++) {
    centroids[h + i] = positive[i];
    centroids[h - 1 - i] = -positive[i];
  }
  const thresholds = new Float64Array(levels - 1);
  for (let i = 0; i < levels - 1; i++) thresholds[i] = i === h - 1 ? 0 : (centroids[i] + centroids[i + 1]) / 2;
  return Object.freeze({ bits: Math.log2(levels), centroids, thresholds, mse, marginal });
}
