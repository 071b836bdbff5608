import type { Sequence } from "@qmckit/core";
import type { Periodization } from "../periodize.js";
import type { SequenceSpec } from "../sequences/createSequence.js";

/**
 * One unit of work of a stopping criterion: evaluate the integrand at the points with indices
 * start ≤ i < end of the criterion's point sequence.
 *
 * @remarks
 * This is the evaluation seam. A task is plain data when `generator` is a {@link SequenceSpec}: it can
 * be sent to a worker thread, another process or another machine, which rebuilds the sequence with
 * {@link createSequence} and calls {@link evaluateWindow}; the points (and so the values) are identical
 * everywhere. The evaluator must return `replications · (end − start) · outputs` values laid out
 * `[replication][i − start][output]`; entries of inactive outputs are ignored. Windows may be split into
 * sub-windows and evaluated concurrently as long as the values are put back in this layout.
 */
export interface WindowTask {
  /** The point sequence: a serializable spec, or a live Sequence (inline evaluation only). */
  readonly generator: SequenceSpec | Sequence;
  /** Periodizing transform applied to the points before the integrand. */
  readonly periodization: Periodization;
  readonly start: number;
  readonly end: number;
  /** Number of outputs of the integrand. */
  readonly outputs: number;
  /** Outputs still needed (not yet converged). */
  readonly active: readonly boolean[];
}

/**
 * Evaluates a {@link WindowTask}, synchronously or not: returns the values in the layout
 * `[replication][i − start][output]`.
 */
export type WindowEvaluator = (task: WindowTask) => Float64Array | Promise<Float64Array>;
