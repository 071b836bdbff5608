import { checkCodebook, checkMarginal } from "../internal/checkObjects.js";
import type { Codebook } from "./Codebook.js";
import type { Marginal } from "./Marginal.js";

/**
 * The mean squared error E[(Y − q(Y))²] of a symmetric codebook under a symmetric marginal, with
 * nearest-centroid decisions (thresholds at midpoints), computed from the marginal's closed-form
 * moments, no sampling.
 *
 * @param marginal - the law of Y in scaled units.
 * @param codebook - a symmetric codebook in the same units (e.g. the Gaussian table under the exact
 *   sphere marginal: the "MSE with N(0,1) codebook" column of the reference notes).
 * @returns the distortion; for a unit vector this is E‖u − û‖².
 *
 * @remarks
 * MSE = 2 Σᵢ [∫ y² − 2 cᵢ ∫ y + cᵢ² P] over the positive cells (tᵢ₋₁, tᵢ), clipped to the support.
 *
 * @throws TypeError / RangeError naming marginal or codebook when they are not a Marginal / Codebook.
 * @example
 * ```ts
 * codebookDistortion(gaussianMarginal, gaussianCodebook(1)); // 1 − 2/π
 * ```
 */
export function codebookDistortion(marginal: Marginal, codebook: Codebook): number {
  checkMarginal(marginal);
  checkCodebook(codebook);
  const { centroids, thresholds } = codebook;
  const h = centroids.length / 2;
  let total = 0;
  for (let i = 0; i < h; i++) {
    const c = centroids[h + i];
    const a = Math.min(i === 0 ? 0 : thresholds[h - 1 + i], marginal.support);
    const b = Math.min(i === h - 1 ? marginal.support : thresholds[h + i], marginal.support);
    if (b <= a) continue;
    total += marginal.secondMoment(a, b) - 2 * c * marginal.firstMoment(a, b) + c * c * marginal.mass(a, b);
  }
  return 2 * total;
}
