import { checkMemory, validateChoice, validateInteger, validateOptions } from "@qmckit/core";
import { affineGaussian } from "../internal/affineGaussian.js";
import { bridgeFactor, choleskyFactor, pcaFactor } from "../internal/factorize.js";
import { validatePositive } from "../internal/validateNumber.js";
import type { GaussianMeasure } from "./gaussian.js";

/** Options of {@link brownianMotion}. */
export interface BrownianMotionOptions {
  /** Final time T > 0; the grid is T·(1..d)/d. Default 1. */
  tFinal?: number;
  /** Value at time 0; default 0. */
  initialValue?: number;
  /** Drift ν: the mean is initialValue + ν·t. Default 0. */
  drift?: number;
  /** Diffusion σ² > 0: Cov(W_s, W_t) = σ²·min(s, t). Default 1. */
  diffusion?: number;
  /** `'pca'` (default), `'cholesky'` or `'bridge'` (Brownian-bridge construction). */
  decomposition?: "pca" | "cholesky" | "bridge";
}

/**
 * Brownian motion observed at the d times T·(1..d)/d: the Gaussian with mean
 * `initialValue + drift·t_j` and covariance `diffusion·min(t_i, t_j)`, sampled by t = μ + A·Φ⁻¹(u).
 *
 * @param dimension - number of time steps d, an integer in [1, 65536] whose five d × d factors fit the memory
 *   budget of one call (`MEMORY_BUDGET_BYTES` of @qmckit/core: d ≤ 10,362).
 * @param options - see {@link BrownianMotionOptions}.
 * @returns a {@link GaussianMeasure} of kind `'brownian-motion'`; its `times` are the grid.
 * @throws RangeError for a bad dimension, non-positive tFinal or diffusion, non-finite drift, or an
 *   unknown decomposition; TypeError for unknown options.
 *
 * @remarks
 * The three factors all satisfy A·Aᵀ = Σ and differ in which directions the first coordinates of u
 * control: PCA the largest-variance directions, the bridge the endpoint then successive midpoints (both
 * help QMC), Cholesky the increments in time order (the plain random walk).
 *
 * @example
 * ```ts
 * const bm = brownianMotion(4, { tFinal: 1, decomposition: "bridge" });
 * bm.times; // Float64Array [0.25, 0.5, 0.75, 1]
 * ```
 */
export function brownianMotion(
  dimension: number,
  options?: BrownianMotionOptions,
): GaussianMeasure & { readonly times: Float64Array } {
  const d = validateInteger("dimension", dimension, 1, 2 ** 16);
  const o = validateOptions("options", options, ["tFinal", "initialValue", "drift", "diffusion", "decomposition"]);
  const tFinal = validatePositive("tFinal", o.tFinal ?? 1);
  const diffusion = validatePositive("diffusion", o.diffusion ?? 1);
  const drift = validatePositive("drift", o.drift ?? 0, true);
  const initialValue = validatePositive("initialValue", o.initialValue ?? 0, true);
  const decomposition = validateChoice("decomposition", o.decomposition ?? "pca", ["pca", "cholesky", "bridge"]);
  // Σ, its ml-matrix copy, the eigenvectors (or Cholesky factor), the factor and a workspace: five d × d arrays.
  checkMemory(`dimension ${d} (the d × d covariance and its factors)`, 5 * 8 * d * d);
  const times = new Float64Array(d);
  for (let j = 0; j < d; j++) times[j] = (tFinal * (j + 1)) / d;
  const mean = times.map((t) => initialValue + drift * t);
  const sigma = new Float64Array(d * d);
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) sigma[i * d + j] = diffusion * Math.min(times[i], times[j]);
  let factor: Float64Array;
  if (decomposition === "pca") factor = pcaFactor("covariance", sigma, d);
  else if (decomposition === "cholesky") factor = choleskyFactor("covariance", sigma, d);
  else factor = bridgeFactor(times).map((x) => x * Math.sqrt(diffusion));
  return Object.assign(affineGaussian("brownian-motion", mean, sigma, factor), { times });
}
