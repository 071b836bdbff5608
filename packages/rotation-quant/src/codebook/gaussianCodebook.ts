import { validateInteger } from "@qmckit/core";
import { GAUSSIAN_TABLES } from "../internal/codebook/gaussianTables.js";
import type { Codebook } from "./Codebook.js";
import { codebookFromPositiveCentroids } from "./codebookFromPositiveCentroids.js";

const cache: Codebook[] = [];

/**
 * The shipped Lloyd-Max codebook of N(0, 1) with 2^bits levels, in scaled units (multiply by 1/√d for
 * the raw coordinates of a rotated unit vector in dimension d: see {@link scaleCodebook}).
 *
 * @param bits - an integer in [1, 8].
 * @returns the (frozen, cached) codebook. MSE 0.3634, 0.1175, 0.03455, 0.009501 for bits 1..4.
 * @throws RangeError naming `bits` when it is not an integer in [1, 8].
 *
 * @remarks
 * Bits 1..4 are the reference tables (fixed points of the Lloyd iteration, computed with scipy and
 * checked with quadrature; Max's 1960 table is off in the last digit at 3 and 4 bits); bits 5..8 were
 * solved by {@link solveLloydMax} and agree with an independent scipy solve to 1e-11. For d ≥ 64 the
 * Gaussian table is within 0.5 % in MSE of the exact sphere-marginal optimum ({@link sphereCodebook}).
 * Data, not computed at run time, so that encodings are byte-identical on every engine.
 *
 * @example
 * ```ts
 * gaussianCodebook(1).centroids; // [−0.7978845608, 0.7978845608] = ±√(2/π)
 * ```
 */
export function gaussianCodebook(bits: number): Codebook {
  validateInteger("bits", bits, 1, 8);
  let codebook = cache[bits];
  if (codebook === undefined) {
    const { positive, mse } = GAUSSIAN_TABLES[bits - 1];
    codebook = codebookFromPositiveCentroids(positive, mse, "gaussian");
    cache[bits] = codebook;
  }
  return codebook;
}
