import { formatValue } from "@qmckit/core";
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
 * @throws TypeError / RangeError naming positive (not 1, 2, 4, …, 128 finite, positive, increasing numbers),
 *   mse (not finite and ≥ 0) or marginal (not a string).
 * @example
 * ```ts
 * codebookFromPositiveCentroids([Math.sqrt(2 / Math.PI)], 1 - 2 / Math.PI, "gaussian").centroids; // [−0.797…, 0.797…]
 * ```
 */
export function codebookFromPositiveCentroids(positive: ArrayLike<number>, mse: number, marginal: string): Codebook {
  if (positive === null || typeof positive !== "object" || typeof positive.length !== "number") {
    throw new TypeError(`positive must be an array of numbers; got ${formatValue(positive)}`);
  }
  const p = positive;
  const h = p.length;
  if (h < 1 || h > 128 || (h & (h - 1)) !== 0) {
    throw new RangeError(`positive must hold 2^(bits − 1) centroids for bits in [1, 8] (1, 2, 4, …, 128); got ${h}`);
  }
  for (let i = 0; i < h; i++) {
    if (typeof p[i] !== "number" || !(p[i] > (i === 0 ? 0 : p[i - 1]) && p[i] < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`positive must be finite, positive and increasing; got positive[${i}] = ${formatValue(p[i])}`);
    }
  }
  if (!(mse >= 0 && mse < Number.POSITIVE_INFINITY))
    throw new RangeError(`mse must be a finite number ≥ 0; got ${formatValue(mse)}`);
  if (typeof marginal !== "string") throw new TypeError(`marginal must be a string; got ${formatValue(marginal)}`);
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
