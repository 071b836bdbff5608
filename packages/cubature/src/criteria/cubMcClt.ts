import type { Integrand, OutputShape } from "../integrand.js";
import { cltCore } from "../internal/cltCore.js";
import { runAsync, runSync } from "../internal/drive.js";
import { setupCriterion } from "../internal/setupCriterion.js";
import { validateAlpha, validatePositive } from "../internal/validateNumber.js";
import type { AsyncCubatureOptions, CubatureOptions } from "./CubatureOptions.js";
import type { CubatureResult } from "./CubatureResult.js";

/** Options of {@link cubMcClt}. */
export interface McCltOptions<S extends OutputShape = OutputShape> extends CubatureOptions<S> {
  /** Significance level α in [1e-12, 1); default 0.01. */
  alpha?: number;
  /** Factor ≥ 1 applied to the estimated standard deviation; default 1.2. */
  inflate?: number;
}

const DEFAULTS = {
  name: "cubMcClt",
  extraKeys: ["alpha", "inflate"],
  kind: "iid",
  kinds: ["iid"],
  replications: 1,
  nInit: 1024,
  nMax: 2 ** 30,
  powerOfTwo: false,
  minNInit: 2,
  minLevels: 1,
  periodization: "none",
} as const;

function core<S extends OutputShape>(f: Integrand<S>, options?: McCltOptions) {
  const alpha = validateAlpha(options?.alpha ?? 0.01);
  const inflate = validatePositive("inflate", options?.inflate ?? 1.2);
  if (inflate < 1) throw new RangeError(`inflate must be ≥ 1; got ${inflate}`);
  return cltCore(setupCriterion(f, options as CubatureOptions, DEFAULTS, 1), f.dimension, f.outputs, alpha, inflate);
}

/**
 * Plain Monte Carlo with a CLT confidence interval, on seeded IID uniform points ({@link IidUniform}).
 *
 * @param f - the integrand.
 * @param options - {@link McCltOptions}: alpha (0.01), inflate (1.2), absTol (1e-2), relTol (0),
 *   errorCriterion, nInit (1024, the pilot sample), nMax (2^30), seed, periodization ('none'),
 *   onProgress, signal, resume.
 * @returns a {@link CubatureResult}.
 * @throws TypeError / RangeError for bad options and the integrand's errors.
 *
 * @remarks
 * A pilot window of nInit points estimates σ; the next window brings n to
 * ⌈(z_{1−α/2}·inflate·σ̂/tol)²⌉, and so on until z·inflate·σ̂/√n meets the tolerance, σ̂ and the mean
 * being recomputed from all points (merged exactly window by window). The interval is asymptotic: the
 * inflation factor guards against an underestimated σ (QMCPy's CubMCCLT). The points of a window are a
 * pure function of (seed, window), so results replay exactly and windows can be evaluated anywhere.
 *
 * @example
 * ```ts
 * const r = cubMcClt(keister(2), { absTol: 1e-2, seed: 11 });
 * ```
 */
export function cubMcClt<S extends OutputShape>(f: Integrand<S>, options?: McCltOptions<S>): CubatureResult<S> {
  return runSync(core(f, options as McCltOptions), f, options as CubatureOptions);
}

/**
 * {@link cubMcClt} with a pluggable, possibly asynchronous window evaluator (`options.evaluate`).
 *
 * @example
 * ```ts
 * const r = await cubMcCltAsync(keister(2), { absTol: 1e-2, seed: 11 });
 * ```
 */
export function cubMcCltAsync<S extends OutputShape>(
  f: Integrand<S>,
  options?: McCltOptions<S> & AsyncCubatureOptions<S>,
): Promise<CubatureResult<S>> {
  return runAsync(core(f, options as McCltOptions), f, options as AsyncCubatureOptions);
}
