import type { OutputShape } from "../integrand.js";
import type { CubatureOptions } from "./CubatureOptions.js";

/**
 * Options of {@link cubBayesLatticeG} and {@link cubBayesNetG}: the common {@link CubatureOptions} plus
 * the Bayesian ones.
 * @example
 * ```ts
 * const options: BayesCubatureOptions = { absTol: 1e-4, fitLoss: "mll", posterior: "full", level: 0.99 };
 * ```
 */
export interface BayesCubatureOptions<S extends OutputShape = OutputShape> extends CubatureOptions<S> {
  /** How the kernel's hyperparameters are fitted at every level: `'mll'` (default) or `'gcv'`. */
  fitLoss?: "mll" | "gcv";
  /** `'empirical'` (empirical Bayes, normal quantile; default) or `'full'` (scale integrated out, Student t). */
  posterior?: "empirical" | "full";
  /** Credible level of the error bound, in (0, 1); default 0.99. */
  level?: number;
  /**
   * The kernel's smoothness α: an integer in 1…5 (lattice) or 1…4 (net), or several candidates, fitted
   * at every level and the one with the largest marginal likelihood used; default [1, 2, 3].
   */
  smoothness?: number | readonly number[];
}
