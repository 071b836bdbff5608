import type { OutputShape } from "../integrand.js";
import type { CubatureOptions } from "./CubatureOptions.js";

/**
 * Options of {@link cubQmcNetG} and {@link cubQmcLatticeG}: the common {@link CubatureOptions} plus the
 * choice of stopping rule.
 *
 * @example
 * ```ts
 * // An integrand that may be singular at the boundary: keep today's stricter rule.
 * const options: GuaranteedCubatureOptions = { absTol: 1e-3, conservative: true };
 * ```
 */
export interface GuaranteedCubatureOptions<S extends OutputShape = OutputShape> extends CubatureOptions<S> {
  /**
   * `false` (default): QMCPy's rule — stop at the first level whose error bound meets the tolerance, the
   * first level included (nInit defaults to 2^10 for both criteria). The level-consistency and cone
   * checks still run as detectors: a later level whose interval is disjoint from the previous one's is
   * never a stopping point, and `coneViolated` is reported.
   *
   * `true`: the stricter rule of issue #9 — never stop at the first level (two consecutive levels'
   * intervals must meet), and `cubQmcLatticeG`'s default nInit is 2^12. It costs 2–8× more points on
   * easy integrands (measured) and buys coverage on integrands outside the cone (e.g. singular at a
   * corner); see the package README and the docs tutorial "Choosing a criterion and its setting".
   */
  conservative?: boolean;
}
