import { validateInteger } from "@qmckit/core";
import type { Integrand, OutputShape } from "../integrand.js";
import { runAsync, runSync } from "../internal/drive.js";
import { repCore } from "../internal/repCore.js";
import { setupCriterion } from "../internal/setupCriterion.js";
import { validateAlpha, validatePositive } from "../internal/validateNumber.js";
import type { AsyncCubatureOptions, CubatureOptions } from "./CubatureOptions.js";
import type { CubatureResult } from "./CubatureResult.js";

/** Options of {@link cubQmcRepStudentT}. */
export interface RepStudentTOptions<S extends OutputShape = OutputShape> extends CubatureOptions<S> {
  /** Independent randomizations R ≥ 2; default 16. */
  replications?: number;
  /** Significance level α in [1e-12, 1) of the t-interval; default 0.01. */
  alpha?: number;
  /** Factor ≥ 1 applied to the half-width; default 1. */
  inflate?: number;
}

const DEFAULTS = {
  name: "cubQmcRepStudentT",
  extraKeys: ["replications", "alpha", "inflate"],
  kind: "net",
  kinds: ["net", "lattice", "halton", "iid"],
  randomize: "lms-ds",
  order: "natural",
  replications: 16,
  nInit: 2 ** 8,
  nMax: 2 ** 24,
  powerOfTwo: true,
  minNInit: 1,
  minLevels: 1,
  periodization: "none",
} as const;

function core<S extends OutputShape>(f: Integrand<S>, options?: RepStudentTOptions) {
  const replications = validateInteger("replications", options?.replications ?? 16, 2, 2 ** 10);
  const alpha = validateAlpha(options?.alpha ?? 0.01);
  const inflate = validatePositive("inflate", options?.inflate ?? 1);
  if (inflate < 1) throw new RangeError(`inflate must be ≥ 1; got ${inflate}`);
  const setup = setupCriterion(f, options as CubatureOptions, DEFAULTS, replications);
  const reps =
    typeof (setup.generator as { fill?: unknown }).fill === "function"
      ? replications
      : (setup.generator as { replications: number }).replications;
  if (reps !== replications && options?.resume !== undefined)
    throw new RangeError(`replications must equal the resumed result's ${reps}; got ${replications}`);
  return repCore(setup, f.dimension, f.outputs, reps, alpha, inflate);
}

/**
 * Replicated QMC: R independently randomized copies of a low-discrepancy sequence, the estimate their
 * mean, and a Student-t confidence interval from the spread of the R replicate means.
 *
 * @param f - the integrand.
 * @param options - {@link RepStudentTOptions}: replications (16), alpha (0.01), inflate (1), absTol
 *   (1e-2), relTol (0), errorCriterion, nInit (2^8 per replication, a power of two), nMax (2^24 per
 *   replication), seed, generator (default `{ kind: 'net', randomize: 'lms-ds' }`; also
 *   'lattice', 'halton', 'iid'), periodization ('none'), onProgress, signal, resume.
 * @returns a {@link CubatureResult}; `n` counts evaluations over all replications.
 * @throws TypeError / RangeError for bad options and the integrand's errors.
 *
 * @remarks
 * With replicate means μ̂_1..μ̂_R and their sample standard deviation s, the half-width is
 * t_{1−α/2, R−1}·inflate·s/√R; n per replication doubles until the tolerance is met. The interval is
 * exact for Gaussian replicate means and approximate otherwise (QMCPy's CubQMCRepStudentT; L'Ecuyer,
 * Munger & Tuffin 2010).
 *
 * @example
 * ```ts
 * const r = cubQmcRepStudentT(keister(1), { absTol: 1e-3, replications: 16, seed: 7 });
 * ```
 */
export function cubQmcRepStudentT<S extends OutputShape>(f: Integrand<S>, options?: RepStudentTOptions<S>): CubatureResult<S> {
  return runSync(core(f, options as RepStudentTOptions), f, options as CubatureOptions);
}

/**
 * {@link cubQmcRepStudentT} with a pluggable, possibly asynchronous window evaluator (`options.evaluate`).
 *
 * @example
 * ```ts
 * const r = await cubQmcRepStudentTAsync(keister(2), { absTol: 1e-3, seed: 3 });
 * ```
 */
export function cubQmcRepStudentTAsync<S extends OutputShape>(
  f: Integrand<S>,
  options?: RepStudentTOptions<S> & AsyncCubatureOptions<S>,
): Promise<CubatureResult<S>> {
  return runAsync(core(f, options as RepStudentTOptions), f, options as AsyncCubatureOptions);
}
