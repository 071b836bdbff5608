import { allocateCall, formatValue, resolveCall, type Sequence } from "@qmckit/core";
import type { Integrand, OutputShape } from "../integrand.js";
import { createSequence, type SequenceSpec } from "../sequences/createSequence.js";
import type { WindowTask } from "./WindowTask.js";

/** Sequences built from specs, kept per spec so that successive windows do not rebuild generators. */
const cache = new Map<string, Sequence>();

function sequenceOf(generator: SequenceSpec | Sequence): Sequence {
  if (typeof (generator as Sequence).fill === "function") return generator as Sequence;
  const spec = generator as SequenceSpec;
  const key = JSON.stringify([spec.kind, spec.dimension, spec.seed, spec.replications, spec.randomize, spec.order, spec.alpha]);
  let seq = cache.get(key);
  if (seq === undefined) {
    if (cache.size >= 16) cache.clear();
    seq = createSequence(spec);
    cache.set(key, seq);
  }
  return seq;
}

/**
 * Evaluates one {@link WindowTask} here and now: builds (or reuses) the task's sequence, generates the
 * points of [start, end), and returns the integrand's values in the layout `[replication][i][output]`.
 * This is what the inline evaluator does and what a worker or a remote engine runs.
 *
 * @param f - the integrand; its dimension must match the sequence's.
 * @param task - the window.
 * @returns `replications · (end − start) · outputs` values.
 * @throws TypeError for a task that is not an object; RangeError for a window outside 0 ≤ start ≤ end ≤ maxPoints
 *   (naming `start` or `end`), a sequence whose dimension differs from the integrand's, or the integrand's own errors.
 *
 * @example
 * ```ts
 * const f = keister(2);
 * const y = evaluateWindow(f, {
 *   generator: { kind: "lattice", dimension: 2, seed: 7, replications: 1, order: "natural" },
 *   periodization: "baker", start: 0, end: 1024, outputs: 1, active: [true],
 * });
 * ```
 */
export function evaluateWindow(f: Integrand<OutputShape>, task: WindowTask): Float64Array {
  if (typeof task !== "object" || task === null)
    throw new TypeError(`task must be a WindowTask object; got ${formatValue(task)}`);
  const seq = sequenceOf(task.generator);
  // A task may come from anywhere (a queue, a worker message): check its window like any points() call.
  const call = resolveCall(seq, task.start, task.end);
  if (seq.dimension !== f.dimension)
    throw new RangeError(`generator.dimension must equal the integrand's dimension = ${f.dimension}; got ${seq.dimension}`);
  const points = seq.fill(allocateCall(Float64Array, call), call.start, call.end);
  return f.evaluate(points, seq.replications * call.n, { periodization: task.periodization, active: task.active });
}
