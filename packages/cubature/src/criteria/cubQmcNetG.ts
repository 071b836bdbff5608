import type { Integrand, OutputShape } from "../integrand.js";
import { runAsync, runSync } from "../internal/drive.js";
import { hjrCore, parseConservative } from "../internal/hjrCore.js";
import { setupCriterion } from "../internal/setupCriterion.js";
import type { AsyncCubatureOptions, CubatureOptions } from "./CubatureOptions.js";
import type { CubatureResult } from "./CubatureResult.js";
import type { GuaranteedCubatureOptions } from "./GuaranteedCubatureOptions.js";

const DEFAULTS = {
  name: "cubQmcNetG",
  extraKeys: ["conservative"],
  kind: "net",
  kinds: ["net"],
  randomize: "lms-ds",
  order: "natural",
  replications: 1,
  nInit: 2 ** 10,
  nMax: 2 ** 24,
  powerOfTwo: true,
  minNInit: 2 ** 8,
  minLevels: 2,
  periodization: "none",
} as const;

function core<S extends OutputShape>(f: Integrand<S>, options?: GuaranteedCubatureOptions) {
  const conservative = parseConservative(options);
  return hjrCore("cubQmcNetG", setupCriterion(f, options, DEFAULTS, 1), f.dimension, f.outputs, conservative);
}

/**
 * Guaranteed QMC cubature on a randomized base-2 digital net (Sobol'), with the data-driven error bound
 * of Hickernell & Jiménez Rugama on the fast Walsh coefficients of the integrand.
 *
 * @param f - the integrand.
 * @param options - {@link GuaranteedCubatureOptions}: absTol (1e-2), relTol (0), errorCriterion ('either'),
 *   nInit (2^10, as QMCPy; a power of two ≥ 2^8), nMax (2^24), seed, generator (`{ kind: 'net',
 *   randomize: 'lms-ds', order: 'natural' }`; any natural-order net), periodization ('none'),
 *   conservative (false), onProgress, signal, resume.
 * @returns a {@link CubatureResult}; `converged: false` (not an exception) when nMax is reached.
 * @throws TypeError / RangeError for bad options (negative tolerances, nInit not a power of two, …),
 *   and the integrand's errors (wrong number of values, non-finite values).
 *
 * @remarks
 * Points are taken in natural order in windows [0, n₀), [n₀, 2n₀), [2n₀, 4n₀), … For n = 2^m, the
 * discrete Walsh coefficients ỹ = fwht(y)/√n are updated on doubling with the new block's transform,
 * ỹ ← [(ỹ + ỹ′)/2, (ỹ − ỹ′)/2]. A map κ̃ orders them by decreasing magnitude level by level, and the
 * bound is 𝔣(m)·Σ_{k=2^{m−r−1}}^{2^{m−r}−1} |ỹ_{κ̃(k)}| with r = 4, 𝔣(m) = 5·2^{−m}; it is guaranteed for
 * integrands in a cone whose Walsh coefficients decay steadily (Hickernell & Jiménez Rugama, "Reliable
 * adaptive cubature using digital sequences", MCQMC 2014). GAIL's necessary condition for the cone is
 * checked with bounds accumulated across iterations and reported as `coneViolated`.
 *
 * Stopping rule: as QMCPy's, the criterion stops at the first level whose bound meets the tolerance — the
 * first level (nInit points) included, since for an integrand in the cone the bound holds there too.
 * Level consistency (our addition, a detector): for an integrand in the cone the integral lies in
 * [μ̂_ℓ − hw_ℓ, μ̂_ℓ + hw_ℓ] at every level ℓ, so when the intervals of levels m − 1 and m are disjoint
 * the integrand is proved outside the cone; the criterion then does not stop at level m, goes on, and
 * reports `coneViolated`. With the bound and the points equal, it therefore never stops before QMCPy's
 * algorithm. `conservative: true` also refuses the first level (the smallest converged n is then
 * 2·nInit): more points on easy integrands, better coverage on singular ones (package README,
 * docs "Choosing a criterion"). Vector-valued integrands stop evaluating outputs that have converged
 * (g sees `active`).
 *
 * Evaluation seam: the loop only asks for windows; {@link cubQmcNetGAsync} accepts any evaluator
 * (e.g. {@link workerEvaluator}). Resume with `{ resume: previous, absTol: tighter }`: no point is
 * evaluated twice.
 *
 * @example
 * ```ts
 * const r = cubQmcNetG(keister(3), { absTol: 1e-3, seed: 7 });
 * r.estimate; // ≈ 2.1683 (exact 2.168309102165481)
 * const tighter = cubQmcNetG(keister(3), { absTol: 1e-4, resume: r });
 * const strict = cubQmcNetG(boxIntegral(3, -1), { absTol: 1e-3, seed: 7, conservative: true });
 * ```
 */
export function cubQmcNetG<S extends OutputShape>(f: Integrand<S>, options?: GuaranteedCubatureOptions<S>): CubatureResult<S> {
  return runSync(core(f, options as GuaranteedCubatureOptions), f, options as CubatureOptions);
}

/**
 * {@link cubQmcNetG} with a pluggable, possibly asynchronous window evaluator (`options.evaluate`,
 * default inline). Results are identical to the synchronous form for the same seed.
 *
 * @example
 * ```ts
 * const pool = workerEvaluator({ module: new URL("./myIntegrand.mjs", import.meta.url) });
 * const r = await cubQmcNetGAsync(f, { absTol: 1e-4, seed: 1, evaluate: pool.evaluate });
 * await pool.close();
 * ```
 */
export function cubQmcNetGAsync<S extends OutputShape>(
  f: Integrand<S>,
  options?: GuaranteedCubatureOptions<S> & AsyncCubatureOptions<S>,
): Promise<CubatureResult<S>> {
  return runAsync(core(f, options as GuaranteedCubatureOptions), f, options as AsyncCubatureOptions);
}
