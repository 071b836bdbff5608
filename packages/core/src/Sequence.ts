import type { generateInto, generatePoints, generateReplicationInto } from "./generatorCall.js";
import type { PointSet } from "./PointSet.js";

/**
 * The contract of every low-discrepancy generator (lattice, digital net, Halton, …).
 *
 * @remarks
 * Generators are stateless: `points(start, end)` is a pure function of the constructor arguments and
 * the window, so `points(0, a)` followed by `points(a, b)` equals `points(0, b)` (extensibility), in
 * every order. Values lie in [0, 1). Randomized generators are replayable from `seed`.
 *
 * Implement `points` and `fill` with {@link generatePoints} and {@link generateInto}, which check the
 * window and the call-size limit and allocate the output as every qmckit generator does, and run the
 * contract suite of `@qmckit/core/testing` against the class.
 */
export interface Sequence {
  /** Number of coordinates per point. */
  readonly dimension: number;
  /** Number of independent randomizations returned by each call (the leading axis of `data`). */
  readonly replications: number;
  /** Capacity: indices must satisfy `0 ≤ start ≤ end ≤ maxPoints`. */
  readonly maxPoints: number;
  /** The seed of the randomization: given, or drawn from a cryptographic source and recorded. */
  readonly seed: number;
  /** The first `n` points: indices 0 ≤ i < n. */
  points(n: number): PointSet;
  /** The points with indices start ≤ i < end, in the generator's order. */
  points(start: number, end: number): PointSet;
  /**
   * Writes the points with indices start ≤ i < end into `out` (layout `[replication][i − start][j]`,
   * length `replications · (end − start) · dimension`) and returns it: the allocation-free form of
   * `points` for streaming.
   */
  fill(out: Float64Array, start: number, end: number): Float64Array;
  /**
   * Optional: writes replication `replication` only of the points start ≤ i < end into `out` (layout
   * `[i − start][j]`, length `(end − start) · dimension`), equal to that replication's part of `fill`,
   * at 1/replications of its cost: for consumers that need replication-major output (the `qmc` CLI).
   * Implement it with {@link generateReplicationInto}.
   */
  fillReplication?(out: Float64Array, replication: number, start: number, end: number): Float64Array;
  /** `k` independently randomized copies with the same options; a pure function of `seed`. */
  spawn(k: number): Sequence[];
}

/** Options every generator accepts. */
export interface SequenceOptions {
  /** Independent randomizations per call; default 1. */
  replications?: number;
  /** Integer in [0, 2^53 − 1]; default: drawn from `crypto.getRandomValues` and exposed as `seed`. */
  seed?: number;
}
