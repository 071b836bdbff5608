import type { Sequence } from "@qmckit/core";
import type { FlagOf, OutputShape, ValueOf } from "../integrand.js";
import type { Periodization } from "../periodize.js";
import type { SequenceSpec } from "../sequences/createSequence.js";

/** The criteria of this package. */
export type CriterionName =
  | "cubQmcNetG"
  | "cubQmcLatticeG"
  | "cubQmcRepStudentT"
  | "cubMcClt"
  | "cubBayesLatticeG"
  | "cubBayesNetG";

/**
 * What a criterion needs to continue later without re-evaluating points: its per-output data
 * (coefficients, sums) and the window protocol's position. Treat as opaque; pass the whole result as
 * `resume`.
 */
export interface CubatureState {
  readonly criterion: CriterionName;
  readonly generator: SequenceSpec | Sequence;
  readonly periodization: Periodization;
  readonly dimension: number;
  readonly outputs: number;
  /** Criterion-specific per-output data. */
  readonly data: unknown;
}

/**
 * The answer of a stopping criterion. Per-output fields are numbers for a scalar integrand and arrays
 * (one entry per output) for a vector-valued one.
 */
export interface CubatureResult<S extends OutputShape = "scalar"> {
  /** The estimate of the integral (the optimal point of [lower, upper] for the error criterion). */
  readonly estimate: ValueOf<S>;
  /** Bound on |integral − estimate| (guaranteed for functions in the criterion's cone; probabilistic otherwise). */
  readonly errorBound: ValueOf<S>;
  /** Lower end of the interval that holds the integral. */
  readonly lower: ValueOf<S>;
  /** Upper end of the interval that holds the integral. */
  readonly upper: ValueOf<S>;
  /** Integrand evaluations used for each output (replications included). */
  readonly n: ValueOf<S>;
  /** Whether the tolerance was met; false when nMax was reached first. */
  readonly converged: FlagOf<S>;
  /**
   * For the G criteria: whether the data proved the integrand outside the cone of the error bound — GAIL's
   * accumulated necessary condition failed, or two consecutive levels gave disjoint intervals. The bound
   * is then a heuristic, not a guarantee.
   */
  readonly coneViolated?: FlagOf<S>;
  /**
   * Why the result is not converged, when it is not: nMax reached, a non-finite integrand value (with the
   * point and window), or an overflow of the criterion's sums; for the G criteria it adds when the data
   * proved the integrand outside the cone. Absent when every output converged.
   */
  readonly reason?: string;
  /** Wall-clock milliseconds of this call. */
  readonly timeMs: number;
  /** The seed of the point sequence (replay with `seed`). */
  readonly seed: number;
  readonly criterion: CriterionName;
  /** Continuation data for `resume`. */
  readonly state: CubatureState;
}
