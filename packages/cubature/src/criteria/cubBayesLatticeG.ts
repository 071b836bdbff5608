import type { Integrand, OutputShape } from "../integrand.js";
import { BAYES_KEYS, bayesCore } from "../internal/bayesCore.js";
import { runAsync, runSync } from "../internal/drive.js";
import { setupCriterion } from "../internal/setupCriterion.js";
import type { BayesCubatureOptions } from "./BayesCubatureOptions.js";
import type { AsyncCubatureOptions } from "./CubatureOptions.js";
import type { CubatureResult } from "./CubatureResult.js";

const DEFAULTS = {
  name: "cubBayesLatticeG",
  extraKeys: BAYES_KEYS,
  kind: "lattice",
  kinds: ["lattice"],
  randomize: "shift",
  order: "natural",
  replications: 1,
  nInit: 2 ** 8,
  nMax: 2 ** 22,
  powerOfTwo: true,
  minNInit: 2 ** 4,
  minLevels: 1,
  periodization: "c1sin",
} as const;

function core<S extends OutputShape>(f: Integrand<S>, options?: BayesCubatureOptions) {
  return bayesCore("cubBayesLatticeG", setupCriterion(f, options, DEFAULTS, 1), f.dimension, f.outputs);
}

/**
 * Bayesian cubature (Jagadeeswaran & Hickernell) on a randomly shifted rank-1 lattice: the integrand is modelled as a
 * Gaussian process with a shift-invariant kernel (Bernoulli/Korobov form, α = smoothness), whose Gram matrix on the design is diagonalized by
 * `fftbr` ({@link FastGP} of @qmckit/kernels), so fitting and the posterior cost O(n log n).
 *
 * @param f - the integrand.
 * @param options - {@link BayesCubatureOptions}: absTol (1e-2), relTol (0), errorCriterion ('either'),
 *   nInit (2^8, a power of two ≥ 2^4), nMax (2^22, lowered to the generator's maxPoints), seed,
 *   generator (`{ kind: 'lattice', randomize: 'shift', order: 'natural' }`), periodization ('c1sin'),
 *   fitLoss ('mll' | 'gcv'), posterior ('empirical' | 'full'), level (0.99), smoothness (the kernel order α, or candidate orders; default [1, 2, 3]),
 *   onProgress, signal, resume.
 * @returns a {@link CubatureResult}: `errorBound` is the half-width of the credible interval at
 *   `level`; `converged: false` (not an exception) when nMax is reached.
 * @throws TypeError / RangeError for bad options and the integrand's errors.
 *
 * @remarks
 * At every level (n = nInit, 2·nInit, …), for every candidate order α, the kernel's scale S and one weight γ shared by all
 * coordinates (the shape parameter) are fitted by maximum likelihood (`fitLoss: 'mll'`) or γ by
 * generalized cross-validation and then S by likelihood (`'gcv'`), and the order with the largest
 * marginal likelihood gives the interval (a smoother order e^20 times less likely is not fitted again;
 * see docs/DECISIONS.md). The integral gets a flat prior on a
 * constant mean, so the estimate is the sample mean and the posterior variance is
 * V₀ + (V₀/S)²·λ₀/n, V₀ = S(Sρ₀ + ν)/λ₀ the zero-mean GP's; the error bound is z_{(1+level)/2}·√var
 * (`'empirical'`, empirical Bayes) or t_{n−1,(1+level)/2}·√(var·n/(n − 1)) (`'full'`, the scale
 * integrated out). The loop doubles n until the bound meets the tolerance. Unlike {@link cubQmcLatticeG}
 * this bound is not guaranteed: it is as good as the GP model of the integrand, which is excellent for
 * smooth integrands (far fewer points) and poor for rough or spiky ones (see the package README's
 * coverage sweep).
 *
 * @example
 * ```ts
 * const r = cubBayesLatticeG(keister(3), { absTol: 1e-3, seed: 7 });
 * r.estimate; // ≈ 2.1683
 * ```
 */
export function cubBayesLatticeG<S extends OutputShape>(f: Integrand<S>, options?: BayesCubatureOptions<S>): CubatureResult<S> {
  return runSync(core(f, options as BayesCubatureOptions), f, options as BayesCubatureOptions);
}

/**
 * {@link cubBayesLatticeG} with a pluggable, possibly asynchronous window evaluator (`options.evaluate`,
 * default inline). Results are identical to the synchronous form for the same seed.
 *
 * @example
 * ```ts
 * const r = await cubBayesLatticeGAsync(keister(3), { absTol: 1e-3, seed: 7 });
 * ```
 */
export function cubBayesLatticeGAsync<S extends OutputShape>(
  f: Integrand<S>,
  options?: BayesCubatureOptions<S> & AsyncCubatureOptions<S>,
): Promise<CubatureResult<S>> {
  return runAsync(core(f, options as BayesCubatureOptions), f, options as AsyncCubatureOptions);
}
