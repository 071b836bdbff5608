import { validateInteger } from "@qmckit/core";
import type { Codebook } from "./Codebook.js";
import { solveLloydMax } from "./solveLloydMax.js";
import { MAX_SPHERE_DIMENSION, sphereMarginal } from "./sphereMarginal.js";

const cache = new Map<string, Codebook>();

/**
 * The exact Lloyd-Max codebook for one coordinate of a uniformly random unit vector in dimension d
 * ({@link sphereMarginal}), solved on first use by {@link solveLloydMax} and cached; scaled units.
 *
 * @param dimension - d, an integer in [2, 2^20].
 * @param bits - an integer in [1, 8].
 * @returns the codebook (about 1–20 ms to solve the first time).
 * @throws RangeError naming `dimension` or `bits`.
 *
 * @remarks
 * At d = 3 the marginal is uniform and the codebook is the uniform quantizer (MSE exactly 4^−bits);
 * as d grows it tends to {@link gaussianCodebook} (MSE within 0.5 % from d = 64 on, within 0.01 % at
 * d = 1024). Solved at run time with `Math.exp`/`Math.log`, so the last bits may differ between
 * engines; serialized batches record a hash of the codebook rounded to 2^−24 to detect real changes.
 *
 * @example
 * ```ts
 * sphereCodebook(128, 2).mse; // 0.116000 (the Gaussian table gives 0.116005)
 * ```
 */
export function sphereCodebook(dimension: number, bits: number): Codebook {
  validateInteger("dimension", dimension, 2, MAX_SPHERE_DIMENSION);
  validateInteger("bits", bits, 1, 8);
  const key = `${dimension}/${bits}`;
  let codebook = cache.get(key);
  if (codebook === undefined) {
    const { centroids, thresholds, mse, marginal } = solveLloydMax(sphereMarginal(dimension), bits);
    codebook = Object.freeze({ bits, centroids, thresholds, mse, marginal });
    cache.set(key, codebook);
  }
  return codebook;
}
