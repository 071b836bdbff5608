import type { Integrand, OutputShape } from "../integrand.js";
import { runAsync, runSync } from "../internal/drive.js";
import { hjrCore, parseConservative } from "../internal/hjrCore.js";
import { setupCriterion } from "../internal/setupCriterion.js";
import type { AsyncCubatureOptions, CubatureOptions } from "./CubatureOptions.js";
import type { CubatureResult } from "./CubatureResult.js";
import type { GuaranteedCubatureOptions } from "./GuaranteedCubatureOptions.js";

const DEFAULTS = {
  name: "cubQmcLatticeG",
  extraKeys: ["conservative"],
  kind: "lattice",
  kinds: ["lattice"],
  randomize: "shift",
  order: "natural",
  replications: 1,
  nInit: 2 ** 10,
  nMax: 2 ** 24,
  powerOfTwo: true,
  minNInit: 2 ** 8,
  minLevels: 2,
  periodization: "baker",
} as const;

/** The default nInit of the conservative rule (issue #9): 2^12, where the bound rests on 256 coefficients. */
const CONSERVATIVE_N_INIT = 2 ** 12;

function core<S extends OutputShape>(f: Integrand<S>, options?: GuaranteedCubatureOptions) {
  const conservative = parseConservative(options);
  const defaults = conservative ? { ...DEFAULTS, nInit: CONSERVATIVE_N_INIT } : DEFAULTS;
  return hjrCore("cubQmcLatticeG", setupCriterion(f, options, defaults, 1), f.dimension, f.outputs, conservative);
}

/**
 * Guaranteed QMC cubature on a randomly shifted rank-1 lattice, with the data-driven error bound of
 * Jiménez Rugama & Hickernell on the fast Fourier coefficients of the (periodized) integrand.
 *
 * @param f - the integrand.
 * @param options - {@link GuaranteedCubatureOptions}: absTol (1e-2), relTol (0), errorCriterion ('either'),
 *   nInit (2^10, as QMCPy; 2^12 with `conservative`; a power of two ≥ 2^8), nMax (2^24, lowered to the
 *   generator's maxPoints when that is smaller; the default lattice holds 2^24), seed, generator
 *   (`{ kind: 'lattice', randomize: 'shift', order: 'natural' }`), periodization ('baker'),
 *   conservative (false), onProgress, signal, resume.
 * @returns a {@link CubatureResult}; `converged: false` (not an exception) when nMax is reached.
 * @throws TypeError / RangeError for bad options and the integrand's errors.
 *
 * @remarks
 * The same algorithm as {@link cubQmcNetG} with complex Fourier coefficients ỹ = fftbr(y)/√n (y in
 * natural order is the lattice in bit-reversed linear order) and the doubling update
 * ỹ ← [(ỹ + ω·ỹ′)/2, (ỹ − ω·ỹ′)/2], ω_k = e^{−iπk/n} (Jiménez Rugama & Hickernell, "Adaptive
 * multidimensional integration based on rank-1 lattices", MCQMC 2014). Lattice rules need periodic
 * integrands: the default baker (tent) transform makes any smooth integrand periodic at no cost in
 * weights; c1sin, c2sin, … trade smoothness for a weight. The stopping rule is QMCPy's (the first level
 * may be the last) with the level-consistency and cone checks as detectors, as in {@link cubQmcNetG}.
 * An integrand that is unbounded at a corner or face of the cube (e.g. `boxIntegral(d, s)` with s < 0)
 * is outside the cone whatever the periodization, and baker keeps the singularity on the torus: the
 * bound can then be met with an error several times the tolerance. Use `periodization: 'c1sin'`, whose
 * weight vanishes on the boundary and cancels the singularity, or `conservative: true` (nInit 2^12 and
 * no stop at the first level); the package README gives the measured coverage of each. Vector outputs,
 * the evaluation seam and `resume` work as in {@link cubQmcNetG}.
 *
 * @example
 * ```ts
 * const r = cubQmcLatticeG(keister(3), { absTol: 1e-3, seed: 7 });
 * r.estimate; // ≈ 2.1683
 * const singular = cubQmcLatticeG(boxIntegral(3, -1), { absTol: 1e-3, seed: 7, periodization: "c1sin" });
 * ```
 */
export function cubQmcLatticeG<S extends OutputShape>(
  f: Integrand<S>,
  options?: GuaranteedCubatureOptions<S>,
): CubatureResult<S> {
  return runSync(core(f, options as GuaranteedCubatureOptions), f, options as CubatureOptions);
}

/**
 * {@link cubQmcLatticeG} with a pluggable, possibly asynchronous window evaluator (`options.evaluate`,
 * default inline). Results are identical to the synchronous form for the same seed.
 *
 * @example
 * ```ts
 * const pool = workerEvaluator({ module: new URL("./myIntegrand.mjs", import.meta.url) });
 * const r = await cubQmcLatticeGAsync(f, { absTol: 1e-4, seed: 1, evaluate: pool.evaluate });
 * await pool.close();
 * ```
 */
export function cubQmcLatticeGAsync<S extends OutputShape>(
  f: Integrand<S>,
  options?: GuaranteedCubatureOptions<S> & AsyncCubatureOptions<S>,
): Promise<CubatureResult<S>> {
  return runAsync(core(f, options as GuaranteedCubatureOptions), f, options as AsyncCubatureOptions);
}
